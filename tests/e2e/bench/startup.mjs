// Prints Feltboard's cold start and idle memory, median of several runs, under Xvfb, as
// ratios to the floor: a hello-world Tauri app (bench/floor, the same Tauri) started by the
// same harness in the same run, the two taking turns:
//   cd tests/e2e && xvfb-run -a -s "-screen 0 1280x800x24" node bench/startup.mjs [runs]
// Start: from asking tauri-driver for a session (which launches the app) until Home lists
// the sample workshop beside its "New workshop" button (the floor: its one button), looked
// for every 10 ms; so it includes WebDriver's own session set-up. Memory: resident (RSS) and
// proportional (PSS) set of the app and every process it started (WebKit's web and network
// processes), after five idle seconds.
import { readFileSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { APP, appRunningOn, emptyDataFolder, launch, quit, startDriver, stopDriver } from '../support/app.mjs';

const runs = Number(process.argv[2] ?? 5);

function children() {
  const byParent = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      byParent.set(parent, [...(byParent.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

function appPid(folder, application) {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmd.includes('--data-dir') && cmd.includes(folder) && cmd[0] === application) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error('the app process was not found');
}

function treeMemoryKiB(root) {
  const byParent = children();
  const pids = [root];
  for (let i = 0; i < pids.length; i++) pids.push(...(byParent.get(pids[i]) ?? []));
  let rss = 0;
  let pss = 0;
  const names = [];
  for (const pid of pids) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      names.push(readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
    } catch {
      // The process ended while we looked.
    }
  }
  return { rss, pss, names };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const FLOOR = process.env.FELTBOARD_FLOOR ?? path.join(path.dirname(APP), 'feltboard-floor');
// What shows each app is ready, looked for the same way for both: one script every 10 ms
// that finds every element shown (and, for a button, enabled).
const apps = [
  { name: 'Feltboard', application: APP, shows: ['article[aria-label="Returning an online order"]', 'button.primary'] },
  { name: 'floor (hello-world Tauri)', application: FLOOR, shows: ['button'] },
];
const ready = (browser, shows) =>
  browser.waitUntil(
    () => browser.execute((selectors) => selectors.every((selector) => {
      const element = document.querySelector(selector);
      return element !== null && element.getClientRects().length > 0 && !element.disabled;
    }), shows),
    { timeout: 20_000, interval: 10 },
  );
// Both paint alike: without a GPU, as Feltboard chooses for itself (src-tauri/src/rendering.rs).
const hasGpu = () => {
  try {
    return readdirSync('/dev/dri').some((node) => node.startsWith('renderD'));
  } catch {
    return false;
  }
};
if (!hasGpu()) process.env.WEBKIT_DISABLE_COMPOSITING_MODE ??= '1';

await startDriver({ snapshots: false });
for (const app of apps) Object.assign(app, { starts: [], memory: [], processes: [] });
try {
  for (let run = 1; run <= runs; run++) {
    for (const app of apps) {
      const folder = emptyDataFolder();
      const began = performance.now();
      const browser = await launch(folder, [], { application: app.application, pollMs: 10 });
      await ready(browser, app.shows);
      app.starts.push(performance.now() - began);
      await sleep(5000);
      const tree = treeMemoryKiB(appPid(folder, app.application));
      app.memory.push(tree);
      app.processes = tree.names;
      await quit(browser, folder);
      if (appRunningOn(folder)) throw new Error(`${app.name} did not exit`);
      console.log(`run ${run}, ${app.name}: start ${app.starts.at(-1).toFixed(0)} ms, RSS ${(tree.rss / 1024).toFixed(0)} MiB, PSS ${(tree.pss / 1024).toFixed(0)} MiB`);
    }
  }
} finally {
  await stopDriver();
}
const [feltboard, floor] = apps.map((app) => ({
  ...app,
  start: median(app.starts),
  rss: median(app.memory.map((m) => m.rss)) / 1024,
  pss: median(app.memory.map((m) => m.pss)) / 1024,
}));
console.log(`processes measured: ${feltboard.processes.join(', ')}`);
for (const app of [feltboard, floor]) {
  console.log(`${app.name}: cold start ${app.start.toFixed(0)} ms, idle RSS ${app.rss.toFixed(0)} MiB, PSS ${app.pss.toFixed(0)} MiB (medians of ${runs})`);
}
console.log(`cold start to interactive Home: ${(feltboard.start / floor.start).toFixed(2)} × the floor (goal ≤ 1.10)`);
console.log(`idle memory, process tree PSS: ${(feltboard.pss / floor.pss).toFixed(2)} × the floor (goal ≤ 1.00)`);
