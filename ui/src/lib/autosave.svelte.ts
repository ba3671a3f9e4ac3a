// Saves what the facilitator edits at once: after a short pause in typing, or straight away
// for a click, a list change or leaving the field. Each save that changed something becomes
// one undo step. What is on screen stays the facilitator's while they type; the stored
// value only replaces it on undo and redo.
import { record } from './history.svelte';
import { messageOf } from './ipc';

export const TYPING_PAUSE_MS = 400;

// Typing not yet saved, anywhere in the window: saved before the window closes.
const waiting = new Set<{ flush: () => Promise<void> }>();

/** Saves every field's typing that is still waiting for its pause. */
export async function saveEverything(): Promise<void> {
  await Promise.all([...waiting].map((autosave) => autosave.flush()));
}

interface Options<T> {
  /** The value as stored now. */
  stored: T;
  /** Stores `value`; resolves to what the store kept (trimmed, checked). */
  save: (value: T) => Promise<T>;
  /** Puts a value back on screen after an undo or redo. */
  show: (value: T) => void;
  /** Names a change for the undo notice: "Changed Maya". */
  label: (value: T) => string;
}

export class Autosave<T> {
  problem = $state('');
  private stored: T;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: T | undefined;
  private readonly options: Options<T>;

  constructor(options: Options<T>) {
    this.options = options;
    this.stored = options.stored;
  }

  /** The facilitator is typing: save once they pause. */
  typed(value: T): void {
    this.pending = value;
    waiting.add(this);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), TYPING_PAUSE_MS);
  }

  /** Save now (a click, a list change, leaving a field). */
  async commit(value: T): Promise<void> {
    this.pending = value;
    await this.flush();
  }

  /** Saves whatever typing is still waiting. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    waiting.delete(this);
    const value = this.pending;
    this.pending = undefined;
    if (value === undefined) return;
    const before = this.stored;
    try {
      const kept = await this.options.save(snapshot(value));
      this.problem = '';
      if (same(kept, before)) return;
      this.stored = kept;
      record({
        label: this.options.label(kept),
        undo: () => this.restore(before),
        redo: () => this.restore(kept),
      });
    } catch (failure) {
      this.problem = messageOf(failure);
    }
  }

  private async restore(value: T): Promise<void> {
    this.stored = await this.options.save(snapshot(value));
    this.options.show(snapshot(this.stored));
  }
}

const snapshot = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const same = <T>(a: T, b: T): boolean => JSON.stringify(a) === JSON.stringify(b);
