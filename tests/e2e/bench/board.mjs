// Prints how the board editor keeps up on a big board, in the real app under Xvfb:
//   cd tests/e2e && xvfb-run -a -s "-screen 0 1280x800x24" node bench/board.mjs
// The board: 40 steps (8 stages of 5) × 9 lanes, 2,000 cards, built through the app's own
// commands. Figures (medians of several runs):
//   open  — from clicking the board's title until all 2,000 cards are on screen and painted
//   type  — from pressing Enter on a typed card until it is on screen and painted
//   drag  — the longest gap between frames while a card is dragged across the board,
//           and from the drop until the moved card shows in its new cell
import { setTimeout as sleep } from 'node:timers/promises';
import { emptyDataFolder, launch, quit, startDriver, stopDriver } from '../support/app.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await startDriver();
const folder = emptyDataFolder();
const browser = await launch(folder);
try {
  // Build the big board through IPC, inside the page.
  const built = await browser.executeAsync(async (done) => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    const workshop = await invoke('create_workshop', {
      draft: { title: 'Benchmark', question: '', heldOn: null, place: '', facilitator: '', notes: '' },
    });
    const board = await invoke('create_board', {
      workshopId: workshop.id,
      draft: { title: 'Big board', actorId: null, scenario: '', expectations: '' },
    });
    const kinds = ['actions', 'touchpoints', 'thoughts', 'feelings', 'pain_points', 'opportunities', 'frontstage', 'backstage', 'support'];
    const lanes = [];
    for (const [i, kind] of kinds.entries()) lanes.push(await invoke('add_lane', { boardId: board.id, kind, title: `Lane ${i + 1}`, index: 99 }));
    for (let s = 0; s < 8; s++) {
      const stage = await invoke('add_stage', { boardId: board.id, title: `Stage ${s + 1}`, index: 99 });
      for (let t = 1; t < 5; t++) await invoke('add_step', { stageId: stage, title: `Step ${s + 1}.${t + 1}`, index: 99 });
    }
    const full = await invoke('get_board', { id: board.id });
    const steps = full.stages.flatMap((g) => g.steps.map((x) => x.id));
    for (let i = 0; i < 2000; i++) {
      await invoke('add_card', {
        stepId: steps[i % steps.length],
        laneId: lanes[Math.floor(i / steps.length) % lanes.length],
        draft: { text: `Card ${i}: what the customer does, thinks or feels here`, kind: 'note', source: 'team', authorId: null, owner: '', metric: '' },
        index: 999,
      });
    }
    const t0 = performance.now();
    const read = await invoke('get_board', { id: board.id });
    done({ steps: steps.length, lanes: lanes.length, cards: read.cards.length, readMs: performance.now() - t0 });
  });
  console.log(`built: ${built.steps} steps × ${built.lanes} lanes, ${built.cards} cards; get_board over IPC ${built.readMs.toFixed(0)} ms`);

  await browser.execute(() => location.reload());
  await browser.$('main[aria-busy="false"]').waitForExist();
  await browser.$('button=Benchmark').click();
  const opens = [];
  for (let run = 0; run < RUNS; run++) {
    await browser.$('button=Big board').waitForDisplayed();
    const ms = await browser.executeAsync((done) => {
      const t0 = performance.now();
      [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Big board').click();
      const check = () => {
        if (document.querySelectorAll('[data-card]').length >= 2000) requestAnimationFrame(() => done(performance.now() - t0));
        else requestAnimationFrame(check);
      };
      check();
    });
    opens.push(ms);
    if (run < RUNS - 1) {
      await browser.$('button=← Boards').click();
    }
  }

  const types = [];
  for (let run = 0; run < RUNS; run++) {
    await browser.keys('X');
    await browser.$('textarea.capture').addValue(`yped card ${run}`);
    const ms = await browser.executeAsync((run, done) => {
      const field = document.querySelector('textarea.capture');
      const t0 = performance.now();
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      const check = () => {
        const shown = [...document.querySelectorAll('[data-card] .text')].some((t) => t.textContent === `Xyped card ${run}`);
        if (shown) requestAnimationFrame(() => done(performance.now() - t0));
        else requestAnimationFrame(check);
      };
      check();
    }, run);
    types.push(ms);
  }
  await browser.keys('Escape');

  const drags = [];
  const drops = [];
  for (let run = 0; run < RUNS; run++) {
    const { worstFrame, dropMs } = await browser.executeAsync(async (run, done) => {
      const cards = [...document.querySelectorAll('[data-card]')];
      const card = cards[run * 37];
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
      const target = cells[run + 3];
      const text = card.querySelector('.text').textContent;
      const t0 = performance.now();
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer, clientY: 0 }));
      const check = () => {
        const moved = [...target.querySelectorAll('[data-card] .text')].some((t) => t.textContent === text);
        if (moved) requestAnimationFrame(() => done({ worstFrame: Math.max(...gaps.slice(1)), dropMs: performance.now() - t0 }));
        else requestAnimationFrame(check);
      };
      check();
    }, run);
    drags.push(worstFrame);
    drops.push(dropMs);
    await sleep(200);
  }

  console.log(`open the board (2,000 cards on screen, painted): median ${median(opens).toFixed(0)} ms over ${RUNS} runs [${opens.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`type a card (Enter to painted): median ${median(types).toFixed(0)} ms [${types.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`drag a card across the board: worst frame gap median ${median(drags).toFixed(0)} ms [${drags.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`drop to moved card painted: median ${median(drops).toFixed(0)} ms [${drops.map((x) => x.toFixed(0)).join(', ')}]`);
} finally {
  await quit(browser, folder);
  await stopDriver();
}
