// Fills a runbook command's placeholders with the incident's facts, so "Preserve evidence" captures the logs from
// when impact began; every filled value is quoted for a POSIX shell, whatever quotes it sits in.
import { quoteShellWord, SERVICE_PLACEHOLDER } from './incident-progress';

/** The placeholders a runbook command may use. `<service>` is the older spelling of `{service}`. */
export const COMMAND_PLACEHOLDERS = {
  service: '{service}',
  /** Impact start in local time, 'YYYY-MM-DD HH:MM:SS', as `journalctl --since` reads it. */
  impactStart: '{impactStart}',
  /** Impact start as RFC 3339 in UTC, '2026-12-03T13:05:00Z', as `kubectl logs --since-time` reads it. */
  impactStartUtc: '{impactStartUtc}',
} as const;

export interface CommandFacts {
  service: string;
  impactStart: number;
  /** IANA zone for the local time; the browser's by default. */
  timeZone?: string;
}

/** 'YYYY-MM-DD HH:MM:SS' in `timeZone` (the browser's by default). */
export function formatLocalIsoTime(at: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

/** RFC 3339 in UTC without milliseconds: '2026-12-03T13:05:00Z'. */
export function formatRfc3339Utc(at: number): string {
  return new Date(Math.floor(at / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** True when the command uses a placeholder for the service. */
export function usesServicePlaceholder(command: string): boolean {
  return command.includes(COMMAND_PLACEHOLDERS.service) || command.includes(SERVICE_PLACEHOLDER);
}

/**
 * Fills `{service}` (or `<service>`), `{impactStart}` and `{impactStartUtc}`. Each value becomes one shell word,
 * single-quoted when it needs it: outside quotes as is, inside "…" or '…' by closing them around it, so a service
 * named `api"; rm -rf ~` is never code. Without a service its placeholder stays, visibly incomplete rather than wrong.
 */
export function fillCommandPlaceholders(command: string, facts: CommandFacts): string {
  const service = facts.service.trim();
  const values = new Map<string, string>([
    [COMMAND_PLACEHOLDERS.impactStart, formatLocalIsoTime(facts.impactStart, facts.timeZone)],
    [COMMAND_PLACEHOLDERS.impactStartUtc, formatRfc3339Utc(facts.impactStart)],
  ]);
  if (service !== '') {
    values.set(COMMAND_PLACEHOLDERS.service, service);
    values.set(SERVICE_PLACEHOLDER, service);
  }
  let out = '';
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < command.length; ) {
    const placeholder = [...values.keys()].find((key) => command.startsWith(key, i));
    if (placeholder !== undefined) {
      const word = quoteShellWord(values.get(placeholder)!);
      // Close the quote the template opened, put the quoted word, reopen it: the shell joins them into one word.
      out += quote === null ? word : `${quote}${word}${quote}`;
      i += placeholder.length;
      continue;
    }
    const char = command[i]!;
    if (quote === null && char === '\\' && i + 1 < command.length) {
      out += char + command[i + 1]!;
      i += 2;
      continue;
    }
    if (quote === '"' && char === '\\' && i + 1 < command.length) {
      out += char + command[i + 1]!;
      i += 2;
      continue;
    }
    if (quote === null && (char === "'" || char === '"')) quote = char;
    else if (quote === char) quote = null;
    out += char;
    i++;
  }
  return out;
}
