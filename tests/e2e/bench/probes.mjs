// What the board benchmarks measure, run inside the page. Both drivers (the real app through
// WebDriver, Chromium over the in-memory core) send these same functions, so their figures
// compare like with like. Each must stand alone: it is serialised into the page.

/**
 * Clicks the board's title; ms until the board's cells say they hold all `cards` cards and
 * every cell on screen shows its cards, painted. (Cells far from the screen build theirs as
 * they come near.)
 */
export async function openBoard(cards) {
  const t0 = performance.now();
  [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Big board').click();
  const onScreen = (element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  };
  const shown = () => {
    const cells = [...document.querySelectorAll('[role="gridcell"][data-cards]')];
    const held = cells.reduce((sum, cell) => sum + Number(cell.dataset.cards), 0);
    return held >= cards && cells.filter(onScreen).every((cell) => cell.querySelectorAll('[data-card]').length === Number(cell.dataset.cards));
  };
  await new Promise((resolve) => {
    const check = () => (shown() ? requestAnimationFrame(resolve) : requestAnimationFrame(check));
    check();
  });
  return performance.now() - t0;
}

/** Presses Enter in the capture field holding `text`; ms until the card is painted. */
export async function enterCard(text) {
  const field = document.querySelector('textarea.capture');
  const t0 = performance.now();
  field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await new Promise((resolve) => {
    const check = () =>
      [...document.querySelectorAll('[data-card] .text')].some((t) => t.textContent === text) ? requestAnimationFrame(resolve) : requestAnimationFrame(check);
    check();
  });
  return performance.now() - t0;
}

/**
 * Drags the run's card over 60 cells, one every 16 ms, then drops it. Gives the longest gap
 * between frames during the drag, and ms from the drop until the card shows in its new cell.
 */
export async function dragCard(run) {
  const onScreen = (element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  };
  const card = [...document.querySelectorAll('[data-card]')].filter(onScreen)[run * 3];
  const cells = [...document.querySelectorAll('[role="gridcell"]')];
  const transfer = new DataTransfer();
  const gaps = [];
  let last = performance.now();
  let dragging = true;
  const frame = (now) => {
    gaps.push(now - last);
    last = now;
    if (dragging) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  card.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: transfer }));
  for (let i = 0; i < 60; i++) {
    const cell = cells[(i * 7) % cells.length];
    const box = cell.getBoundingClientRect();
    cell.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer, clientX: box.x + 10, clientY: box.y + 10 }));
    await new Promise((r) => setTimeout(r, 16));
  }
  dragging = false;
  // Dropped where a person would: on a cell they can see.
  const target = cells.filter(onScreen)[run + 1];
  const text = card.querySelector('.text').textContent;
  const t0 = performance.now();
  target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer, clientY: 0 }));
  await new Promise((resolve) => {
    const check = () =>
      [...target.querySelectorAll('[data-card] .text')].some((t) => t.textContent === text) ? requestAnimationFrame(resolve) : requestAnimationFrame(check);
    check();
  });
  return { worstFrame: Math.max(...gaps.slice(1)), dropMs: performance.now() - t0 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const listed = (xs) => `[${xs.map((x) => x.toFixed(0)).join(', ')}]`;

/** Prints the figures of `runs` runs in the same words for both drivers. */
/** Prints the figures of a board of `cards` cards beside the goals (issue #20). */
export function report({ opens, types, drags, drops }, cards = 2000) {
  const openGoal = cards <= 2000 ? 200 : 1000;
  const shown = cards.toLocaleString('en');
  console.log(`open the board (${shown} cards; the cells on screen built and painted): median ${median(opens).toFixed(0)} ms ${listed(opens)}  goal ≤ ${openGoal} ms`);
  console.log(`type a card (Enter to painted): median ${median(types).toFixed(0)} ms ${listed(types)}  goal ≤ 50 ms`);
  console.log(`drag a card across the board: worst frame gap median ${median(drags).toFixed(0)} ms ${listed(drags)}  goal ≤ 50 ms`);
  console.log(`drop to moved card painted: median ${median(drops).toFixed(0)} ms ${listed(drops)}  goal ≤ 100 ms`);
}
