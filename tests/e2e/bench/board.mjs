// Prints how the board editor keeps up on big boards, in the real app under Xvfb:
//   cd tests/e2e && xvfb-run -a -s "-screen 0 1280x800x24" node bench/board.mjs [runs] [cards,cards]
// Each board (buildBigBoard): 40 steps × 9 lanes, with 2,000 cards and with 10,000 unless
// told otherwise, built through the app's own commands. What each figure means is in
// probes.mjs; board-chromium.mjs measures the same board in Chromium over an in-memory core.
import { setTimeout as sleep } from 'node:timers/promises';
import { buildBigBoard, emptyDataFolder, launch, quit, startDriver, stopDriver } from '../support/app.mjs';
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
  const built = await buildBigBoard(browser, cards);
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
