// The room, as the facilitator's window holds it: whether it is open (and for which board),
// what phones sent that waits for moderation, and the dots on the cards. Phones' activity
// arrives as an event; the window catches up at most a few times a second, however many
// phones are busy.
import { type BoardId, type CardId, events, type Network, type PendingNote, type RoomDevice, type RoomStatus } from './bindings';
import { recordWithNotice } from './history.svelte';
import { ipc, messageOf } from './ipc';
import { notify } from './notices.svelte';
import { t } from './words.svelte';

/** How long a burst of phone activity is gathered before the window catches up. */
const CATCH_UP_MS = 250;
/** How often the window looks whether the laptop is still on the room's network: the Wi-Fi
 *  can drop, or a VPN connect, with no phone busy to tell. */
const NETWORK_CHECK_MS = 5000;

/** One of the laptop's networks as the facilitator reads it: "Wi-Fi · 192.168.1.23". */
export const networkName = (network: Network): string => t('room-network', { kind: network.kind, address: network.ip });

class Room {
  status = $state<RoomStatus | null>(null);
  notes = $state<PendingNote[]>([]);
  votes = $state<Partial<Record<CardId, number>>>({});
  /** Goes up each time the window has caught up with the phones: boards reload on it. */
  activity = $state(0);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private listening: Promise<unknown> | null = null;
  private watching: ReturnType<typeof setInterval> | null = null;

  isOpenFor(boardId: BoardId): boolean {
    return this.status?.boardId === boardId;
  }

  /** Opens the room for `boardId` (the server starts); false if it could not. */
  async open(boardId: BoardId): Promise<boolean> {
    try {
      this.listen();
      this.status = await ipc.openRoom(boardId);
      this.watchNetwork();
      await this.catchUp(true);
      return true;
    } catch (failure) {
      notify(messageOf(failure), { tone: 'error' });
      return false;
    }
  }

  async close(): Promise<void> {
    try {
      await ipc.closeRoom();
      const waiting = this.notes.length;
      this.status = null;
      this.stopWatching();
      this.notes = [];
      notify(waiting === 0 ? t('room-closed') : t('room-closed-waiting', { count: waiting }));
    } catch (failure) {
      notify(messageOf(failure), { tone: 'error' });
    }
  }

  /** Picks up a room the window lost track of (after a reload). */
  async resume(): Promise<void> {
    try {
      this.status = await ipc.roomStatus();
      if (this.status) {
        this.listen();
        this.watchNetwork();
        await this.catchUp(true);
      }
    } catch {
      this.status = null;
    }
  }

  async setVoting(open: boolean, budget: number): Promise<void> {
    try {
      this.status = await ipc.setVoting({ open, budget });
      await this.catchUp();
    } catch (failure) {
      notify(messageOf(failure), { tone: 'error' });
    }
  }

  /** Moves the room to another of the laptop's networks: the same code, phones and dots, at
   *  the address phones on that network can open. */
  async moveTo(network: Network): Promise<void> {
    try {
      this.status = await ipc.moveRoom(network.ip);
      notify(t('room-moved', { network: networkName(network) }));
    } catch (failure) {
      notify(messageOf(failure), { tone: 'error' });
    }
  }

  /** Sends away the phones that speak for `device`: they must join again with the code. */
  async removeDevice(device: RoomDevice): Promise<void> {
    try {
      this.status = await ipc.removeDevice(device.participantId);
      notify(t('room-device-left', { name: device.name }));
    } catch (failure) {
      notify(messageOf(failure), { tone: 'error' });
    }
  }

  /** Puts a note on the board (with the facilitator's `edited` text, if any); undoable. */
  async approve(note: PendingNote, edited: string | null = null): Promise<void> {
    let card: CardId | null = null;
    await this.change(t('room-approved', { text: short(edited ?? note.text) }), [note], {
      run: async () => void (card = await ipc.approveNote(note.id, edited)),
      undo: async () => {
        if (card) await ipc.deleteCards([card]);
        await ipc.requeueNote(note);
      },
    });
  }

  /** Puts every waiting note on the board; undoable as one change. */
  async approveAll(): Promise<void> {
    const notes = [...this.notes];
    let cards: CardId[] = [];
    await this.change(t('room-approved-notes', { count: notes.length }), notes, {
      run: async () => void (cards = await ipc.approveNotes(notes.map((n) => n.id))),
      undo: async () => {
        await ipc.deleteCards(cards);
        for (const note of notes) await ipc.requeueNote(note);
      },
    });
  }

  async reject(note: PendingNote): Promise<void> {
    await this.change(t('room-rejected', { text: short(note.text) }), [note], {
      run: () => ipc.rejectNote(note.id),
      undo: () => ipc.requeueNote(note),
    });
  }

  /** Makes a moderation change on the notes `moderated`, records it for Undo (Ctrl+Z and the
   *  notice), and catches up after it and after each undo or redo. */
  private async change(
    label: string,
    moderated: PendingNote[],
    { run, undo }: { run: () => Promise<unknown>; undo: () => Promise<unknown> },
  ): Promise<void> {
    // An undo puts notes back in the middle of the queue: the whole queue is read again.
    const andCatchUp = (work: () => Promise<unknown>) => async () => {
      try {
        await work();
      } finally {
        await this.catchUp(true);
      }
    };
    try {
      await run();
      const gone = new Set(moderated.map((n) => n.id));
      this.notes = this.notes.filter((n) => !gone.has(n.id));
      recordWithNotice({ label, undo: andCatchUp(undo), redo: andCatchUp(run) });
      await this.catchUp();
    } catch (failure) {
      notify(messageOf(failure), { tone: 'error' });
      await this.catchUp(true);
    }
  }

  /** Reads what is new in the queue (the whole queue when `whole`), the dots and the room's
   *  status, and lets boards reload. Only this window takes notes out of the queue, so what
   *  it has is kept and the notes after the last one are added: a long queue costs nothing. */
  async catchUp(whole = false): Promise<void> {
    const board = this.status?.boardId;
    if (!board) return;
    const last = whole ? undefined : this.notes.at(-1);
    try {
      const [fresh, votes, status] = await Promise.all([
        ipc.pendingNotes(board, last ? { createdAt: last.createdAt, id: last.id } : null),
        ipc.cardVotes(board),
        ipc.roomStatus(),
      ]);
      this.notes = last ? [...this.notes, ...fresh] : fresh;
      this.votes = votes;
      this.status = status;
    } catch (failure) {
      notify(messageOf(failure), { tone: 'error' });
    }
    this.activity++;
  }

  private watchNetwork(): void {
    this.watching ??= setInterval(() => {
      // An answer that arrives after the room was closed or moved meanwhile is old news.
      const asked = this.status;
      ipc.roomStatus().then(
        (status) => {
          if (this.watching === null || this.status !== asked) return;
          if (!status) this.stopWatching();
          // Unchanged, the panel and the menu are left as they are.
          if (JSON.stringify(status) !== JSON.stringify(asked)) this.status = status;
        },
        () => {},
      );
    }, NETWORK_CHECK_MS);
  }

  private stopWatching(): void {
    if (this.watching) clearInterval(this.watching);
    this.watching = null;
  }

  private listen(): void {
    this.listening ??= events.roomActivity.listen(() => this.soon()).catch(() => {
      // Outside the app (UI tests) there is no event bus; the room then never hears phones.
    });
  }

  private soon(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.catchUp();
    }, CATCH_UP_MS);
  }
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

export const room = new Room();
