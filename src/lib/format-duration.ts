// Durations as text without Intl: the incident clock ('01:05:09') and short words for updates, summaries and postmortems ('1 h 5 min').

function pad2(value: number): string {
  return value.toString().padStart(2, '0');
}

/** Formats elapsed time as 'hh:mm:ss' (rounded down; hours keep counting past 24: '27:03:09'; negative → '00:00:00'). */
export function formatClock(ms: number): string {
  const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}`;
}

/** A short human duration for text: '45 s', '25 min', '1 h 5 min', '2 d 3 h'. */
export function formatDurationWords(ms: number): string {
  const totalMinutes = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 60_000) : 0;
  if (totalMinutes < 1) {
    const seconds = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
    return `${seconds} s`;
  }
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}
