// Thirty phones busy in the room while the real app shows it, under Xvfb:
//   cd tests/e2e && xvfb-run -a -s "-screen 0 1280x800x24" node bench/room.mjs [SECONDS]
// Each phone joins, then sends 8 notes and 4 ratings spread over the window (a minute by
// default) to the app's own room server. Meanwhile the page records its frames and the time
// each note shows in the facilitator's queue. Prints how soon an accepted note is on the
// facilitator's screen, the longest frame, how long a command takes during the flood, and
// checks that every note is waiting exactly once.
import http from 'node:http';
import { emptyDataFolder, launch, openSampleRoom, quit, startDriver, stopDriver } from '../support/app.mjs';

const PHONES = 30;
// Within what the room lets wait (300 notes on a board, 20 a person): the queue is not
// moderated during the run.
const NOTES = 8;
const RATINGS = 4;
const WINDOW_MS = Number(process.argv[2] ?? 60) * 1000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const stats = (name, values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.round((sorted.length - 1) * p)] ?? 0;
  console.log(`  ${name.padEnd(40)} n=${String(sorted.length).padEnd(5)} median ${at(0.5).toFixed(0).padStart(5)} ms   p95 ${at(0.95).toFixed(0).padStart(5)} ms   max ${at(1).toFixed(0).padStart(5)} ms`);
};

await startDriver({ snapshots: false });
const folder = emptyDataFolder();
const browser = await launch(folder);
try {
  const { code, address: base } = await openSampleRoom(browser, folder);

  // In the page: when each note first shows in the queue, every frame gap, and a command's
  // round trip every half second.
  await browser.execute(() => {
    const probe = (window.roomProbe = { seen: {}, gaps: [], commands: [], running: true });
    const queue = document.querySelector('section[aria-label="Waiting notes"]');
    new MutationObserver(() => {
      const now = Date.now();
      for (const text of queue.querySelectorAll('.text')) probe.seen[text.textContent] ??= now;
    }).observe(queue, { childList: true, subtree: true, characterData: true });
    let last = performance.now();
    const frame = (now) => {
      probe.gaps.push(now - last);
      last = now;
      if (probe.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const ask = async () => {
      while (probe.running) {
        const t0 = performance.now();
        await window.__TAURI_INTERNALS__.invoke('room_status');
        probe.commands.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 500));
      }
    };
    void ask();
  });

  const board = await browser.executeAsync(async (done) => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    const [workshop] = await invoke('list_workshops', { search: '' });
    const [summary] = await invoke('list_boards', { workshopId: workshop.id });
    done(await invoke('get_board', { id: summary.id }));
  });
  const steps = board.stages.flatMap((s) => s.steps.map((t) => t.id));

  // Each phone from an address of its own (any of 127.0.0.0/8 is this machine), as phones on
  // a Wi-Fi are: the room lets only a few phones in from one address.
  const call = (phone, path, token, body) =>
    new Promise((resolve, reject) => {
      const headers = { 'X-Feltboard-Room': code, 'Content-Type': 'application/json' };
      if (token) headers['X-Feltboard-Device'] = token;
      const data = body === undefined ? undefined : JSON.stringify(body);
      const url = new URL(path, base);
      const localAddress = `127.0.2.${phone + 1}`;
      const options = { host: url.hostname, port: url.port, path: url.pathname, method: data ? 'POST' : 'GET', headers, localAddress };
      const request = http.request(options, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode, body: JSON.parse(text || 'null') }));
      });
      request.on('error', reject);
      request.end(data);
    });

  console.log(`${PHONES} phones × (${NOTES} notes + ${RATINGS} ratings) over ${WINDOW_MS / 1000} s, into the real app`);
  const accepted = {};
  let refused = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: PHONES }, async (_, phone) => {
      const joined = await call(phone, '/api/join', null, { name: `Phone ${phone}`, customer: phone % 3 !== 0 });
      const token = joined.body.token;
      // The lanes this phone is offered (a customer's stop at the line of visibility).
      const lanes = (await call(phone, '/api/board', token)).body.lanes.map((l) => l.id);
      const items = NOTES + RATINGS;
      for (let item = 0; item < items; item++) {
        await sleep(started + (WINDOW_MS * (item + phone / PHONES)) / items - Date.now());
        if (item % 3 === 2) {
          const answer = await call(phone, '/api/ratings', token, { stepId: steps[((item / 3) | 0) % steps.length], score: ((phone + item) % 5) - 2 });
          if (answer.status !== 200) refused++;
        } else {
          const text = `Phone ${phone}, note ${item}`;
          const answer = await call(phone, '/api/notes', token, { stepId: steps[item % steps.length], laneId: lanes[phone % lanes.length], text });
          if (answer.status === 202) accepted[text] = Date.now();
          else refused++;
        }
      }
    }),
  );
  await sleep(2000);
  const probe = await browser.execute(() => {
    window.roomProbe.running = false;
    return window.roomProbe;
  });
  const waiting = await browser.executeAsync(async (boardId, done) => {
    done(await window.__TAURI_INTERNALS__.invoke('pending_notes', { boardId }));
  }, board.id);

  const texts = Object.keys(accepted);
  console.log(`  sent in ${((Date.now() - started) / 1000).toFixed(1)} s; ${texts.length} notes accepted, ${refused} requests refused`);
  stats('accepted → in the facilitator’s queue', texts.filter((t) => probe.seen[t]).map((t) => probe.seen[t] - accepted[t]));
  console.log(`  notes never shown: ${texts.filter((t) => !probe.seen[t]).length}`);
  stats('frame gaps in the window', probe.gaps);
  stats('a command’s round trip', probe.commands);
  const distinct = new Set(waiting.map((n) => n.text));
  console.log(`  stored: ${waiting.length} waiting, ${distinct.size} distinct, ${PHONES * NOTES} sent`);
  if (refused > 0 || waiting.length !== PHONES * NOTES || distinct.size !== PHONES * NOTES) {
    process.exitCode = 1;
    console.error('  not every note is stored exactly once');
  }
} finally {
  await quit(browser, folder);
  await stopDriver();
}
