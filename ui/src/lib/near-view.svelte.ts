// Which of a big board's cells are on screen, or close enough to come into view at the next
// scroll. A board can hold 10,000 cards; building the cards of those cells only keeps
// opening, typing and dropping quick, whatever the board's size. One observer watches
// every cell of the board. A cell not built keeps the height its cards would take, learnt
// from the cards that are: the board scrolls as far as it will once all are built.

/** Told whether the element is near, and how tall it is (px) as it is told. */
export type Told = (near: boolean, height: number) => void;

/** The gap between a cell's cards, in em (BoardCell's `.cards`): a list of n cards has n − 1. */
const GAP_EM = 0.35;

export class NearView {
  /** Every element counts as near: there is no layout to know from (a test's document). */
  readonly all = typeof IntersectionObserver === 'undefined';
  readonly #margin: string;
  readonly #told = new Map<Element, Told>();
  #observer: IntersectionObserver | null = null;
  /** How tall each list of built cards is, in em, and how many cards it holds. */
  readonly #lists = new Map<Element, { em: number; count: number }>();
  readonly #sizes: ResizeObserver | null = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => this.#measured(entries));
  /** The height of a card with the gap after it, in em: what each card of a cell not built
   *  is taken to need. Two lines of text until the first cards are built. */
  cardEm = $state(4.8);

  /** `margin` (CSS, as for `rootMargin`): how far beyond the scroller's edges an element
   *  still counts as near. */
  constructor(margin: string) {
    this.#margin = margin;
  }

  /** Starts telling, once the element the board scrolls in is known. */
  start(scroller: Element | null): void {
    if (this.all) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) this.#told.get(entry.target)?.(entry.isIntersecting, entry.boundingClientRect.height);
      },
      { root: scroller, rootMargin: this.#margin },
    );
    for (const element of this.#told.keys()) this.#observer.observe(element);
  }

  /** Tells `tell` whether `element` is near, from when it is started and whenever that
   *  changes; returns how to stop watching it. */
  watch(element: Element, tell: Told): () => void {
    this.#told.set(element, tell);
    this.#observer?.observe(element);
    return () => {
      this.#observer?.unobserve(element);
      this.#told.delete(element);
    };
  }

  /** Learns from `list`, a cell's built cards (`count` of them), how tall a card is, as they
   *  are first built, until the returned function is called. */
  learn(list: Element, count: number): () => void {
    this.#lists.set(list, { em: 0, count });
    this.#sizes?.observe(list);
    return () => {
      this.#sizes?.unobserve(list);
      this.#lists.delete(list);
    };
  }

  #measured(entries: ResizeObserverEntry[]): void {
    for (const entry of entries) {
      const list = this.#lists.get(entry.target);
      // As first built only: a card opened for editing grows its list, and the cells not
      // built must not change height then, moving what is being clicked.
      if (list && list.em === 0) list.em = entry.contentRect.height / parseFloat(getComputedStyle(entry.target).fontSize);
    }
    let em = 0;
    let count = 0;
    for (const list of this.#lists.values()) {
      if (list.em === 0 || list.count === 0) continue;
      em += list.em + GAP_EM;
      count += list.count;
    }
    if (count > 0) this.cardEm = em / count;
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#sizes?.disconnect();
  }
}

/** The nearest element around `element` that scrolls. */
export function scrollerOf(element: Element): HTMLElement | null {
  let scroller = element.parentElement;
  while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
  return scroller;
}
