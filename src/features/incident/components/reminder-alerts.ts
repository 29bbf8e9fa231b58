// The optional overdue reminders beyond the banner: a short, soft tone (Web Audio, no file to download)
// and a desktop notification. Both are off until the user switches them on, and both fail quietly.

type AudioContextConstructor = new () => AudioContext;

let audioContext: AudioContext | null = null;

function getAudioContext(): AudioContext | null {
  if (audioContext) return audioContext;
  const Constructor =
    (globalThis as { AudioContext?: AudioContextConstructor }).AudioContext ??
    (globalThis as { webkitAudioContext?: AudioContextConstructor }).webkitAudioContext;
  if (!Constructor) return null;
  try {
    audioContext = new Constructor();
  } catch {
    audioContext = null;
  }
  return audioContext;
}

/** True when this browser can play the reminder tone. */
export function canPlayReminderSound(): boolean {
  return Boolean(
    (globalThis as { AudioContext?: unknown }).AudioContext ?? (globalThis as { webkitAudioContext?: unknown }).webkitAudioContext,
  );
}

/**
 * Plays two gentle rising notes (about half a second). Call it once from a click first: browsers only
 * allow sound after the user has interacted, and that click unlocks later reminders.
 */
export function playReminderSound(): void {
  const context = getAudioContext();
  if (!context) return;
  try {
    if (context.state === 'suspended') void context.resume();
    const start = context.currentTime + 0.02;
    [660, 880].forEach((frequency, index) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const at = start + index * 0.22;
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.12, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.22);
    });
  } catch {
    // No sound is better than a broken page: the banner and the tab title still remind.
  }
}

export type NotificationSupport = 'granted' | 'denied' | 'default' | 'unsupported';

/** Whether this browser shows desktop notifications, and whether this site may. */
export function readNotificationSupport(): NotificationSupport {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.permission;
}

/** Asks for permission (from a click); resolves to the answer. */
export async function requestNotificationPermission(): Promise<NotificationSupport> {
  if (typeof Notification === 'undefined') return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return readNotificationSupport();
  }
}

/**
 * Shows a notification when permitted. The tag makes a later reminder for the same incident replace the
 * earlier one, and two open tabs show one notification, not two.
 */
export function showReminderNotification(title: string, body: string, tag: string): void {
  if (readNotificationSupport() !== 'granted') return;
  try {
    const notification = new Notification(title, { body, tag });
    notification.onclick = () => {
      window.focus();
      notification.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker; the banner still shows.
  }
}
