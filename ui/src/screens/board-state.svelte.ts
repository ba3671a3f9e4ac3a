// What the board editor holds: the board as stored, who can be credited with a card, and
// where the keyboard is. Every change goes through `change`, which saves it, records how to
// undo it, and reloads what the store kept.
import type { Board, BoardId, Card, CardDraft, CardId, EvidenceItem, Lane, Participant, Persona, Speaker, Step, StepId, Support, WorkshopId } from '../lib/bindings';
import { recordWithNotice } from '../lib/history.svelte';
import { FeltboardError, ipc, messageOf } from '../lib/ipc';
import { notify } from '../lib/notices.svelte';
import { t } from '../lib/words.svelte';

export type CurveName = 'assumed' | 'rated' | 'desired';

/** The rated curve for every customer together, or one per persona the board follows. */
export type RatedBy = 'all' | 'each persona';

/** A cell: a step (column) and a lane (row). */
export interface CellRef {
  step: number;
  lane: number;
}

export const cellKey = (stepId: StepId, laneId: string): string => `${stepId}|${laneId}`;

/** What can be edited of a card: all of it but its place and its times. */
export function cardDraftOf(card: Card): CardDraft {
  const { text, kind, source, authorId, owner, metric, target, status } = card;
  return { text, kind, source, authorId, owner, metric, target, status };
}

/**
 * `make`, made again only when its source is another object. The board is replaced whole on
 * every change, but most of its parts are the same objects as before: what is made from a
 * part that stayed stays the same object too, and nothing drawn from it is drawn again.
 */
function remade<S, T>(make: (source: S) => T): (source: S) => T {
  let last: { source: S; made: T } | undefined;
  return (source) => {
    if (!last || last.source !== source) last = { source, made: make(source) };
    return last.made;
  };
}

const NONE: never[] = [];

export class BoardState {
  readonly workshopId: WorkshopId;
  readonly boardId: BoardId;
  // Raw: a board can hold thousands of cards, and deep proxies over each would slow every
  // read. It is replaced whole (or by a new array) on every change, never mutated.
  board = $state.raw<Board | null>(null);
  participants = $state<Participant[]>([]);
  personas = $state<Persona[]>([]);
  problem = $state('');
  /** The board is no longer there (an Undo took away its adding): the screen leaves it. */
  gone = $state(false);
  /** Who is speaking: a participant's id, 'team' or 'research'. New cards are credited to them. */
  speaker = $state<string>('team');
  shown = $state<Record<CurveName, boolean>>({ assumed: true, rated: true, desired: true });
  ratedBy = $state<RatedBy>('all');
  /** The cards picked on the board: to move, delete, or link as evidence. */
  selected = $state.raw(new Set<CardId>());

  constructor(workshopId: WorkshopId, boardId: BoardId) {
    this.workshopId = workshopId;
    this.boardId = boardId;
  }

  #steps = remade((stages: Board['stages']) => stages.flatMap((s) => s.steps));
  #lanes = remade((lanes: Lane[]) => lanes.filter((l) => !l.isHidden));
  #supportOf = remade((support: Support[]) => new Map<CardId, Support>(support.map((s) => [s.opportunityId, s])));
  /** The steps left to right. */
  steps = $derived(this.#steps(this.board?.stages ?? NONE));
  /** The lanes shown, top to bottom. */
  lanes = $derived(this.#lanes(this.board?.lanes ?? NONE));
  /** The personas the board follows, in its order. */
  followed = $derived(
    (this.board?.personaIds ?? []).flatMap((id) => this.personas.filter((p) => p.id === id)),
  );
  /** The personas whose rated curves are drawn apart, when the rated curve is by persona. */
  segmentsShown = $derived(this.ratedBy === 'each persona' ? this.followed.map((p) => ({ personaId: p.id, name: p.name })) : []);
  /** What supports each opportunity that has evidence. */
  supportOf = $derived(this.#supportOf(this.board?.support ?? NONE));
  /** The board's opportunities, each with its dots' worth of attention to come. */
  opportunities = $derived((this.board?.cards ?? []).filter((c) => c.kind === 'opportunity'));
  #cellsBefore = new Map<string, Card[]>();
  /** The cards of each cell, in order. A cell whose cards are the same as before keeps the
   *  same list, so that typing a card redraws its cell only. */
  cells = $derived.by(() => {
    const byCell = new Map<string, Card[]>();
    for (const card of this.board?.cards ?? []) {
      const key = cellKey(card.stepId, card.laneId);
      const list = byCell.get(key);
      if (list) list.push(card);
      else byCell.set(key, [card]);
    }
    for (const [key, list] of byCell) {
      const before = this.#cellsBefore.get(key);
      if (before && before.length === list.length && before.every((card, i) => card === list[i])) byCell.set(key, before);
    }
    this.#cellsBefore = byCell;
    return byCell;
  });

  /**
   * The score set on `stepId` by `who`: 'assumed' or 'desired' for the team's curves, else a
   * participant's id for their own rating on the rated curve. Null when none is set.
   */
  scoreOf(stepId: string, who: string): number | null {
    const rating = this.board?.ratings.find((r) =>
      r.stepId === stepId && (who === 'assumed' || who === 'desired' ? r.curve === who : r.participantId === who),
    );
    return rating ? rating.score : null;
  }

  async load(): Promise<void> {
    try {
      const [board, participants, personas] = await Promise.all([
        ipc.getBoard(this.boardId),
        ipc.listParticipants(this.workshopId),
        ipc.listPersonas(this.workshopId),
      ]);
      this.board = board;
      this.participants = participants;
      this.personas = personas;
      this.problem = '';
    } catch (failure) {
      this.gone = failure instanceof FeltboardError && failure.code === 'not_found';
      this.problem = messageOf(failure);
    }
  }

  async reload(): Promise<void> {
    try {
      this.board = await ipc.getBoard(this.boardId);
    } catch (failure) {
      notify(messageOf(failure), { tone: 'error' });
    }
  }

  /** Saves a change, offers its undo, and shows what the store kept: from what the change
   *  gave back, through `show`, or else by reading the whole board again. */
  async change<T>(label: string, run: () => Promise<T>, undo: () => Promise<unknown>, show?: (kept: T) => void): Promise<boolean> {
    try {
      const kept = await run();
      recordWithNotice({ label, undo, redo: run });
      if (show) show(kept);
      else await this.reload();
      return true;
    } catch (failure) {
      notify(messageOf(failure), { tone: 'error' });
      return false;
    }
  }

  /** Who a card typed now is credited to; the core decides from it what the card is. */
  voice(): Speaker {
    if (this.speaker === 'team' || this.speaker === 'research') return this.speaker;
    return this.participants.some((p) => p.id === this.speaker) ? { participant: this.speaker } : 'team';
  }

  /** Moves the cards `ids` to `index` among the cards of the cell (`step`, `lane`); `null`
   *  is at the end. Undo puts each back where it was. */
  async moveCards(ids: string[], step: Step, lane: Lane, index: number | null): Promise<void> {
    if (ids.length === 0) return;
    const from = ids.map((id) => {
      const card = this.board?.cards.find((c) => c.id === id) as Card;
      const siblings = this.cells.get(`${card.stepId}|${card.laneId}`) ?? [];
      return { id, stepId: card.stepId, laneId: card.laneId, index: siblings.findIndex((c) => c.id === id) };
    });
    await this.change(
      t('board-moved-cards', { count: ids.length }),
      () => ipc.moveCards(ids, step.id, lane.id, index),
      async () => {
        for (const f of [...from].sort((a, b) => a.index - b.index)) await ipc.moveCards([f.id], f.stepId, f.laneId, f.index);
      },
      (cell) => this.#showCell(cell),
    );
  }

  /** Shows a cell's cards as the store has them now, in order (`cell`, never empty: it holds
   *  the cards just moved there). The cells they came from keep the rest of theirs as they
   *  were: a big board is not read again for one move. */
  #showCell(cell: Card[]): void {
    const [first] = cell;
    if (!this.board || !first) return;
    const key = cellKey(first.stepId, first.laneId);
    const fresh = new Set(cell.map((c) => c.id));
    const kept = this.board.cards.filter((c) => !fresh.has(c.id) && cellKey(c.stepId, c.laneId) !== key);
    this.board = { ...this.board, cards: [...kept, ...cell] };
  }

  /** Sets `who`'s score at `step`: 'assumed' or 'desired' for the team's curves, else a
   *  participant's own rating; `null` takes it back. */
  async rate(step: Step, who: string, score: number | null): Promise<void> {
    const previous = this.scoreOf(step.id, who);
    const set = (s: number | null) =>
      who === 'assumed' || who === 'desired' ? ipc.setCurvePoint(step.id, who, s) : ipc.rateStep(step.id, who, s);
    await this.change(t('board-rated', { title: step.title }), () => set(score), () => set(previous));
  }

  async markMoment(step: Step, is: boolean): Promise<void> {
    await this.change(
      t(is ? 'board-marked-moment' : 'board-unmarked-moment', { title: step.title }),
      () => ipc.setMomentOfTruth(step.id, is),
      () => ipc.setMomentOfTruth(step.id, !is),
    );
  }

  /** Links `evidence` to the opportunity `opportunity`; undo takes back what was new. */
  async linkEvidence(opportunity: Card, evidence: EvidenceItem[]): Promise<boolean> {
    const known = new Set((this.board?.evidence ?? []).filter((l) => l.opportunityId === opportunity.id).map((l) => JSON.stringify(l.evidence)));
    const fresh = evidence.filter((e) => !known.has(JSON.stringify(e)));
    if (fresh.length === 0) return true;
    return this.change(
      t('board-linked-evidence', { count: fresh.length, text: opportunity.text }),
      () => ipc.linkEvidence(opportunity.id, fresh),
      () => ipc.unlinkEvidence(opportunity.id, fresh),
    );
  }

  /** Takes `evidence` away from `opportunity`, undoably. */
  async unlinkEvidence(opportunity: Card, evidence: EvidenceItem): Promise<boolean> {
    return this.change(
      t('board-unlinked-evidence', { text: opportunity.text }),
      () => ipc.unlinkEvidence(opportunity.id, [evidence]),
      () => ipc.linkEvidence(opportunity.id, [evidence]),
    );
  }

  async deleteCards(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.change(t('board-deleted-cards', { count: ids.length }), () => ipc.deleteCards(ids), () => ipc.restoreCards(ids));
  }

  /** Puts `id` in `ontoId`'s place among `all`: a header dragged onto another of its kind (the
   *  frame dialog does the same by keyboard). */
  moveInPlaceOf<T extends { id: string; title: string }>(all: T[], id: string, ontoId: string, move: (id: string, index: number) => Promise<unknown>): void {
    const from = all.findIndex((x) => x.id === id);
    const to = all.findIndex((x) => x.id === ontoId);
    const item = all[from];
    if (!item || to < 0) return;
    void this.change(t('board-moved', { title: item.title }), () => move(id, to), () => move(id, from));
  }

  /** Puts the step `id` in `onto`'s place, in `onto`'s stage. */
  moveStep(id: string, onto: Step): void {
    const all = this.board?.stages ?? [];
    const source = all.find((s) => s.steps.some((x) => x.id === id));
    const target = all.find((s) => s.id === onto.stageId);
    const step = source?.steps.find((x) => x.id === id);
    if (!source || !target || !step) return;
    const from = source.steps.indexOf(step);
    const to = target.steps.indexOf(onto);
    void this.change(t('board-moved', { title: step.title }), () => ipc.moveStep(id, target.id, to), () => ipc.moveStep(id, source.id, from));
  }

  cardsAt(cell: CellRef): Card[] {
    const step = this.steps[cell.step];
    const lane = this.lanes[cell.lane];
    return step && lane ? (this.cells.get(cellKey(step.id, lane.id)) ?? []) : [];
  }
}
