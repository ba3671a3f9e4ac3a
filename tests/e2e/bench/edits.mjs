// Prints how long one edit takes through the real command path — the window's IPC, the
// command, its transaction committed, the answer back — for 1,000 edits of each common kind
// (add a card, edit its text, move it, rate a step), in the real app under Xvfb: p50, p99 and
// max in milliseconds. The debug app unless FELTBOARD_APP names another (a release build
// gives the figures to compare with the goals):
//   cd tests/e2e && xvfb-run -a -s "-screen 0 1280x800x24" node bench/edits.mjs [edits]
import { emptyDataFolder, launch, quit, startDriver, stopDriver } from '../support/app.mjs';

const edits = Number(process.argv[2] ?? 1000);

/** Runs in the window: `count` edits of each kind, timed one by one. */
async function timeEdits(count) {
  const invoke = (command, args) => window.__TAURI_INTERNALS__.invoke(command, args);
  const [workshop] = await invoke('list_workshops', { search: '' });
  const [summary] = await invoke('list_boards', { workshopId: workshop.id });
  const board = await invoke('get_board', { id: summary.id });
  const [customer] = (await invoke('list_participants', { workshopId: workshop.id })).filter((p) => p.kind === 'customer');
  const cells = board.stages.flatMap((stage) => stage.steps.flatMap((step) => board.lanes.map((lane) => [step.id, lane.id])));
  const draft = { text: 'A note typed in the room', kind: 'note', source: 'team', authorId: null, owner: '', metric: '', target: '', status: 'idea' };
  const timed = async (each) => {
    const took = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      await each(i);
      took.push(performance.now() - start);
    }
    return took;
  };
  const added = [];
  const add = await timed(async (i) => {
    const [stepId, laneId] = cells[i % cells.length];
    added.push(await invoke('add_card', { stepId, laneId, draft: { ...draft, text: `Note ${i}` }, index: null }));
  });
  const edit = await timed((i) => invoke('update_card', { id: added[i].id, draft: { ...draft, text: `Note ${i}, said better` } }));
  const move = await timed((i) => {
    const [stepId, laneId] = cells[(i + 1) % cells.length];
    return invoke('move_cards', { ids: [added[i].id], stepId, laneId, index: 0 });
  });
  const steps = cells.map(([stepId]) => stepId);
  const rate = await timed((i) => invoke('rate_step', { stepId: steps[i % steps.length], participantId: customer.id, score: (i % 5) - 2 }));
  // Pairs, not an object: WebDriver does not keep an object's order.
  return [['add a card', add], ['edit its text', edit], ['move it', move], ['rate a step', rate]];
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

await startDriver({ snapshots: false });
const folder = emptyDataFolder();
const browser = await launch(folder);
try {
  const results = await browser.execute(timeEdits, edits);
  // WebKit coarsens performance.now() to whole milliseconds: the figures are ±1 ms.
  console.log(`One edit through the real command path, ${edits} of each (ms, ±1):`);
  console.log('edit              p50     p99     max');
  for (const [kind, took] of results) {
    const sorted = [...took].sort((a, b) => a - b);
    const cells = [50, 99].map((p) => percentile(sorted, p)).concat(sorted.at(-1)).map((ms) => ms.toFixed(1).padStart(7));
    console.log(`${kind.padEnd(16)}${cells.join(' ')}`);
  }
} finally {
  await quit(browser, folder);
  await stopDriver();
}
