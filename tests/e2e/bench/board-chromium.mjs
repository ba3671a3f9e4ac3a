// Prints how the board editor keeps up on a big board in headless Chromium, over an
// in-memory core (ui/bench/big-board-core.ts) so only the UI's own work is measured:
//   cd tests/e2e && node bench/board-chromium.mjs [runs]
// Needs the `chromium` package; builds the UI with `--mode bench` first.
// The board and the figures are those of board.mjs, which measures the real app.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../support/phones.mjs';
import { dragCard, enterCard, openBoard, report } from './probes.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const ui = fileURLToPath(new URL('../../../ui/', import.meta.url));
// Vite is the UI's own tool: use its copy rather than a second one here.
const { preview } = await import(pathToFileURL(createRequire(ui).resolve('vite')).href);

execFileSync('npx', ['vite', 'build', '--mode', 'bench', '--logLevel', 'warn'], { cwd: ui, stdio: 'inherit' });
const server = await preview({ root: ui, mode: 'bench', configFile: `${ui}vite.config.ts`, logLevel: 'warn' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${server.resolvedUrls.local[0]}bench/index.html`);
  await page.locator('main[aria-busy="false"]').waitFor();
  await page.getByRole('button', { name: 'Benchmark' }).click();

  const figures = { opens: [], types: [], drags: [], drops: [] };
  for (let run = 0; run < RUNS; run++) {
    await page.getByRole('button', { name: 'Big board', exact: true }).waitFor();
    figures.opens.push(await page.evaluate(openBoard, 2000));
    if (run < RUNS - 1) await page.getByRole('button', { name: '← Boards' }).click();
  }
  for (let run = 0; run < RUNS; run++) {
    await page.keyboard.press('X');
    await page.locator('textarea.capture').pressSequentially(`yped card ${run}`);
    figures.types.push(await page.evaluate(enterCard, `Xyped card ${run}`));
  }
  await page.keyboard.press('Escape');
  for (let run = 0; run < RUNS; run++) {
    const { worstFrame, dropMs } = await page.evaluate(dragCard, run);
    figures.drags.push(worstFrame);
    figures.drops.push(dropMs);
    await page.waitForTimeout(200);
  }
  console.log(`Chromium ${browser.version()}, in-memory core, ${RUNS} runs:`);
  report(figures);
} finally {
  await browser.close();
  await server.close();
}
