// A radio group is one tab stop: the arrow keys move its choice, wrapping round.

/** Where an arrow key moves the choice of a group of `count` from `current`; null for any
 *  other key (and then nothing is prevented). */
export function arrowed(event: KeyboardEvent, count: number, current: number): number | null {
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
  if (step === undefined || count === 0) return null;
  event.preventDefault();
  return (current + step + count) % count;
}

/** Focuses the `index`-th radio of `group`, where the choice moved. */
export function focusRadio(group: HTMLElement | undefined, index: number): void {
  group?.querySelectorAll<HTMLElement>('[role="radio"]')[index]?.focus();
}
