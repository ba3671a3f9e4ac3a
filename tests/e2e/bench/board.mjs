// Prints how the board editor keeps up on big boards, in the real app under Xvfb:
//   cd tests/e2e && xvfb-run -a -s "-screen 0 1280x800x24" node bench/board.mjs [runs] [cards,cards]
// Each board: 40 steps (8 stages of 5) × 9 lanes, with 2,000 cards and with 10,000 unless
// told otherwise, built through the app's own commands. What each figure means is in probes.mjs; board-chromium.mjs measures the same
// board in Chromium over an in-memory core.
import { setTimeout as sleep } from 'node:timers/promises';
import { emptyDataFolder, launch, quit, startDriver, stopDriver } from '../support/app.mjs';
import { dragCard, enterCard, openBoard, report } from './probes.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const SIZES = (process.argv[3] ?? '2000,10000').split(',').map(Number);

await startDriver({ snapshots: false });
const folder = emptyDataFolder();
const browser = await launch(folder);
try {
  for (const cards of SIZES) await measure(cards);
} finally {
  await quit(browser, folder);
  await stopDriver();
}

/** Builds a board of `cards` cards in a workshop of its own, then opens it, types a card and drags one, `RUNS` times each. */
async function measure(cards) {
  // Build the big board through IPC, inside the page.
  const built = await browser.executeAsync(async (cards, done) => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    const workshop = await invoke('create_workshop', {
      draft: { title: `Benchmark ${cards}`, question: '', heldOn: null, place: '', facilitator: '', notes: '' },
    });
    const board = await invoke('create_board', {
      workshopId: workshop.id,
      draft: { title: 'Big board', personaIds: [], scenario: '', expectations: '' },
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
    for (let i = 0; i < cards; i++) {
      await invoke('add_card', {
        stepId: steps[i % steps.length],
        laneId: lanes[Math.floor(i / steps.length) % lanes.length],
        draft: { text: `Card ${i}: what the customer does, thinks or feels here`, kind: 'note', source: 'team', authorId: null, owner: '', metric: '', target: '', status: 'idea' },
        index: 999,
      });
    }
    const t0 = performance.now();
    const read = await invoke('get_board', { id: board.id });
    done({ steps: steps.length, lanes: lanes.length, cards: read.cards.length, readMs: performance.now() - t0 });
  }, cards);
  console.log(`built: ${built.steps} steps × ${built.lanes} lanes, ${built.cards} cards; get_board over IPC ${built.readMs.toFixed(0)} ms`);

  await browser.execute(() => location.reload());
  await browser.$('main[aria-busy="false"]').waitForExist();
  await browser.$(`button=Benchmark ${cards}`).click();
  const figures = { opens: [], types: [], drags: [], drops: [] };
  for (let run = 0; run < RUNS; run++) {
    await browser.$('button=Big board').waitForDisplayed();
    figures.opens.push(await browser.execute(openBoard, cards));
    if (run < RUNS - 1) await browser.$('button=← Boards').click();
  }
  for (let run = 0; run < RUNS; run++) {
    await browser.keys('X');
    await browser.$('textarea.capture').addValue(`yped card ${run}`);
    figures.types.push(await browser.execute(enterCard, `Xyped card ${run}`));
  }
  await browser.keys('Escape');
  for (let run = 0; run < RUNS; run++) {
    const { worstFrame, dropMs } = await browser.execute(dragCard, run);
    figures.drags.push(worstFrame);
    figures.drops.push(dropMs);
    await sleep(200);
  }
  console.log(`The real app (WebKitGTK under Xvfb), ${cards} cards, ${RUNS} runs:`);
  report(figures, cards);
  await browser.$('button=← Boards').click();
  await browser.$('button=← Workshops').click();
}
