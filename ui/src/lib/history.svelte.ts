// Undo and redo for the facilitator's actions while the app is open (Ctrl+Z, Ctrl+Shift+Z).
// Each entry knows how to take its change back and how to make it again; both go through
// the core, so what is undone is saved at once like any other edit.
import { FeltboardError, messageOf } from './ipc';
import { dismissAbout, notify } from './notices.svelte';
import { t } from './words.svelte';

export interface Change {
  /** What the change was, as the facilitator would say it: "Deleted ‘Returns’". */
  label: string;
  undo: () => Promise<unknown>;
  redo: () => Promise<unknown>;
}

const LIMIT = 100;
// Plain arrays: never shown, and a proxied copy would not be found by `indexOf`.
const done: Change[] = [];
const undone: Change[] = [];
// Which notice speaks for which change (notices are reactive state: they hold a number, not
// the change itself, whose proxy would not be the same object).
const noticeOf = new WeakMap<Change, number>();
let nextNotice = 1;
/** Screens watch this to reload what an undo or redo changed. */
export const history = $state({ version: 0 });

/** Records a change that has just been made. */
export function record(change: Change): void {
  done.push(change);
  if (done.length > LIMIT) done.shift();
  undone.length = 0;
}

async function replay(
  from: Change[],
  to: Change[],
  direction: 'undo' | 'redo',
  which?: Change,
): Promise<void> {
  // A notice's Undo names its own change, which may no longer be the latest.
  const index = which ? from.indexOf(which) : from.length - 1;
  const change = index >= 0 ? from.splice(index, 1)[0] : undefined;
  if (!change) {
    notify(t(direction === 'undo' ? 'app-nothing-to-undo' : 'app-nothing-to-redo'));
    return;
  }
  try {
    await change[direction]();
    const about = noticeOf.get(change);
    if (about !== undefined) dismissAbout(about);
    to.push(change);
    history.version += 1;
    notify(t(direction === 'undo' ? 'app-undone' : 'app-redone', { change: change.label }));
  } catch (failure) {
    // Kept where it was, to be tried again (the database was busy, the disk full) — unless
    // what it would change is gone, and there is nothing left to undo.
    const gone = failure instanceof FeltboardError && failure.code === 'not_found';
    if (!gone) from.splice(index, 0, change);
    notify(messageOf(failure), { tone: 'error' });
  }
}

export const undo = (): Promise<void> => replay(done, undone, 'undo');
export const redo = (): Promise<void> => replay(undone, done, 'redo');

/** Records a change and offers its Undo in a notice. */
export function recordWithNotice(change: Change): void {
  record(change);
  const about = nextNotice++;
  noticeOf.set(change, about);
  notify(change.label, { about, action: { label: t('app-undo'), run: () => void replay(done, undone, 'undo', change) } });
}

/** Forgets everything (for tests). */
export function clearHistory(): void {
  done.length = 0;
  undone.length = 0;
}
