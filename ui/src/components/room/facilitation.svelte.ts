// What room mode keeps while the facilitator steps out of it (to moderate the queue, say)
// and comes back to the same board: silent writing, the dots' reveal and the timer, which
// goes on running. Another board starts afresh.
import { notify } from '../../lib/notices.svelte';
import { t } from '../../lib/words.svelte';
import { Countdown } from './countdown.svelte';

class Facilitation {
  private board: string | null = null;
  /** When silent writing began: cards made since then stay face down until revealed. */
  silentSince = $state<number | null>(null);
  /** Whether the dots on the cards are shown. */
  revealed = $state(false);
  readonly countdown = new Countdown();

  /** Room mode opens on `board`: what was set for it stays, another board's is put away. */
  enter(board: string): void {
    if (board !== this.board) this.reset();
    this.board = board;
  }

  /** No silent writing, dots hidden, no timer. */
  reset(): void {
    this.countdown.stop();
    this.countdown.total = 0;
    this.countdown.left = 0;
    this.countdown.ended = false;
    this.silentSince = null;
    this.revealed = false;
    this.board = null;
  }

  /** Whether `createdAt` (a card's) falls in silent writing, so the card stays face down. */
  isFaceDown(createdAt: number): boolean {
    return this.silentSince !== null && createdAt >= this.silentSince;
  }

  toggleSilentWriting(now: number = Date.now()): void {
    if (this.silentSince === null) {
      this.silentSince = now;
      notify(t('room-silent-writing-on', { key: 'W' }));
    } else {
      this.silentSince = null;
      notify(t('room-notes-revealed'));
    }
  }
}

export const facilitation = new Facilitation();
