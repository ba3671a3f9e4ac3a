// Short messages at the foot of the window: what just happened, with an Undo where it applies.

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
  /** What the notice speaks for (a change that can be undone): it goes when that does. */
  about?: number;
}

const SHOWN_FOR_MS = 8000;
/** Notices on screen at once: more would climb over the window's own buttons. */
const AT_MOST = 3;
let nextId = 1;

export const notices = $state<Notice[]>([]);

export function notify(text: string, options: Partial<Omit<Notice, 'id' | 'text'>> = {}): void {
  const notice: Notice = { id: nextId++, text, tone: options.tone ?? 'info', action: options.action, about: options.about };
  // One Undo button at a time, for the latest change: older ones stay reachable with Ctrl+Z.
  if (notice.action) {
    for (const older of notices.filter((n) => n.action)) dismiss(older.id);
  }
  notices.push(notice);
  // The oldest make way, an Undo last of all.
  while (notices.length > AT_MOST) {
    const oldest = notices.find((n) => !n.action) ?? notices[0];
    if (oldest) dismiss(oldest.id);
  }
  setTimeout(() => dismiss(notice.id), options.tone === 'error' ? SHOWN_FOR_MS * 2 : SHOWN_FOR_MS);
}

/** Takes away the notices about `about`: an Undo for a change already undone offers nothing. */
export function dismissAbout(about: number): void {
  for (const notice of notices.filter((n) => n.about === about)) dismiss(notice.id);
}

export function dismiss(id: number): void {
  const index = notices.findIndex((n) => n.id === id);
  if (index >= 0) notices.splice(index, 1);
}
