// Prints Feltboard's cold start and idle memory, median of several runs, under Xvfb:
//   cd tests/e2e && xvfb-run -a -s "-screen 0 1280x800x24" node bench/startup.mjs [runs]
// Start: from asking tauri-driver for a session (which launches the app) until the Home
// screen lists the sample workshop and its "New workshop" button is clickable; so it
// includes WebDriver's own session set-up. Memory: resident (RSS) and proportional (PSS)
// set of the app and every process it started (WebKit's web and network processes), after
// five idle seconds on Home.
import { readFileSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { appRunningOn, emptyDataFolder, launch, quit, startDriver, stopDriver } from '../support/app.mjs';

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

function appPid(folder) {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmd.includes('--data-dir') && cmd.includes(folder) && cmd[0]?.endsWith('feltboard')) return Number(entry);
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

await startDriver({ snapshots: false });
const starts = [];
const memory = [];
let processes = [];
try {
  for (let run = 1; run <= runs; run++) {
    const folder = emptyDataFolder();
    const began = performance.now();
    const browser = await launch(folder);
    await browser.$('article[aria-label="Returning an online order"]').waitForDisplayed({ timeout: 20_000 });
    await browser.$('button*=New workshop').waitForClickable();
    starts.push(performance.now() - began);
    await sleep(5000);
    const tree = treeMemoryKiB(appPid(folder));
    memory.push(tree);
    processes = tree.names;
    await quit(browser, folder);
    if (appRunningOn(folder)) throw new Error('the app did not exit');
    console.log(`run ${run}: start ${starts.at(-1).toFixed(0)} ms, RSS ${(tree.rss / 1024).toFixed(0)} MiB, PSS ${(tree.pss / 1024).toFixed(0)} MiB`);
  }
} finally {
  await stopDriver();
}
console.log(`processes measured: ${processes.join(', ')}`);
console.log(`cold start to interactive Home: median ${median(starts).toFixed(0)} ms over ${runs} runs`);
console.log(`idle memory of the process tree: median RSS ${(median(memory.map((m) => m.rss)) / 1024).toFixed(0)} MiB, median PSS ${(median(memory.map((m) => m.pss)) / 1024).toFixed(0)} MiB`);
