// Exporting from the real app: the dialog previews the real PDF's pages, and the commands
// write files stakeholders can open. (The system's save dialog is not driven here; the UI
// tests check that the chosen path reaches the command.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { emptyDataFolder, launch, quit, screenshot, startDriver, stopDriver } from '../support/app.mjs';

before(startDriver);
after(stopDriver);

test('the export dialog previews the sample workshop, and the PDF and PNG are written', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    await browser.$('button=Returning an online order').click();
    await browser.$('button=Export…').waitForDisplayed();
    await browser.keys(['Control', 'p']);
    // The pages are drawn by the core, off the window's thread: wait for them.
    const counted = () => browser.execute(() => [...document.querySelectorAll('p.note')].map((p) => p.textContent).find((t) => /^\d+ pages/.test(t)));
    await browser.waitUntil(counted, { timeout: 20_000, timeoutMsg: 'no page count in the preview' });
    assert.match(await counted(), /^\d+ pages$/);
    const pages = await browser.$$('.pages img');
    assert.ok(pages.length >= 5, `${pages.length} pages previewed`);
    assert.ok(await browser.execute(() => [...document.querySelectorAll('.pages img')].every((img) => img.complete && img.naturalWidth > 100)), 'the previews are real pictures');
    await screenshot(browser, 'export-dialog');

    // The commands behind the Export button, with paths a save dialog would give.
    const pdf = path.join(folder, 'Returns.pdf');
    const png = path.join(folder, 'Returns board.png');
    const decisions = path.join(folder, 'Returns decisions.csv');
    const written = await browser.executeAsync(async (pdf, png, decisions, done) => {
      const invoke = window.__TAURI_INTERNALS__.invoke;
      const [workshop] = await invoke('list_workshops', { search: '' });
      const [board] = await invoke('list_boards', { workshopId: workshop.id });
      await invoke('export_pdf', { workshopId: workshop.id, pageSize: 'a4', include: { personas: true, boards: true, summary: true }, path: pdf });
      await invoke('export_board', { workshopId: workshop.id, boardId: board.id, format: 'png', path: png });
      await invoke('export_decisions', { workshopId: workshop.id, path: decisions });
      const refused = await invoke('export_pdf', { workshopId: workshop.id, pageSize: 'a4', include: { personas: true, boards: true, summary: true }, path: '/nonexistent/x.pdf' }).catch((e) => e);
      done(refused);
    }, pdf, png, decisions);
    assert.equal(written.code, 'not_saved');
    assert.match(written.message, /\/nonexistent\/x\.pdf could not be written/);
    assert.ok(existsSync(pdf) && existsSync(png));
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    for (const words of ['Returning an online order', 'Maya Okafor', 'Sam the Serial Returner', 'Where it hurts', 'Board page 1 of', 'AS-IS AGAINST TO-BE', 'What we decided']) {
      assert.ok(text.includes(words), `the PDF says “${words}”`);
    }
    assert.deepEqual([...readFileSync(png).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    const decided = readFileSync(decisions, 'utf8').split('\r\n');
    assert.equal(decided[0], '\ufeffrank,opportunity,board,step,owner,metric,target,status,votes,evidence count,evidence');
    assert.match(decided[1], /^1,"QR code drop-off: no label, no printer",/, 'what the room decided, most-voted first');
  } finally {
    await quit(browser, folder);
  }
});

test('a workshop file carries the workshop, and a broken one changes nothing', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    const file = path.join(folder, 'returns.json');
    const outcome = await browser.executeAsync(async (file, done) => {
      const invoke = window.__TAURI_INTERNALS__.invoke;
      const [workshop] = await invoke('list_workshops', { search: '' });
      await invoke('export_workshop_file', { workshopId: workshop.id, path: file });
      const copy = await invoke('import_workshop', { path: file, replace: false });
      const refused = await invoke('import_workshop', { path: `${file}.missing`, replace: false }).catch((e) => e);
      const boards = await invoke('list_boards', { workshopId: copy });
      const board = await invoke('get_board', { id: boards[0].id });
      done({ copy, original: workshop.id, cards: board.cards.length, refused, count: (await invoke('list_workshops', { search: '' })).length });
    }, file);
    assert.notEqual(outcome.copy, outcome.original);
    assert.ok(outcome.cards > 40, `${outcome.cards} cards came along`);
    assert.equal(outcome.refused.code, 'invalid_input');
    assert.match(outcome.refused.message, /^The workshop file can't be used: .*returns\.json\.missing can't be read: there is no such file\.$/);
    assert.equal(outcome.count, 2);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(json.format, 'feltboard-workshop');
    assert.equal(json.version, 3);
  } finally {
    await quit(browser, folder);
  }
});

/** The sample workshop written as a `.feltboard` file, by the app on `folder`. */
async function sampleFile(folder) {
  const browser = await launch(folder);
  const file = path.join(folder, 'Returns.feltboard');
  try {
    await browser.executeAsync(async (file, done) => {
      const invoke = window.__TAURI_INTERNALS__.invoke;
      const [workshop] = await invoke('list_workshops', { search: '' });
      done(await invoke('export_workshop_file', { workshopId: workshop.id, path: file }));
    }, file);
  } finally {
    await quit(browser, folder);
  }
  return file;
}

/** The workshops on Home, by title. */
const titles = (browser) => browser.execute(() => [...document.querySelectorAll('article[aria-label]')].map((a) => a.getAttribute('aria-label')));

test('a .feltboard file dropped on the window is imported after the same question as Import…', async () => {
  const folder = emptyDataFolder();
  const text = readFileSync(await sampleFile(folder), 'utf8');
  const browser = await launch(folder);
  try {
    await browser.$('article[aria-label="Returning an online order"]').waitForDisplayed();
    // A drop as the system makes it: a file in the drag's data, on the window.
    await browser.execute((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'Returns.feltboard', { type: '' }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    const dialog = await browser.$('[role="dialog"]');
    await dialog.waitForDisplayed();
    assert.match(await dialog.getText(), /Import the workshop in Returns\.feltboard\?/);
    await screenshot(browser, 'dropped-file');
    await browser.$('button=Import').click();
    await browser.$('#tab-boards').waitForDisplayed();
    await browser.keys(['Alt', 'ArrowLeft']);
    await browser.waitUntil(async () => (await titles(browser)).length === 2, { timeoutMsg: 'the dropped workshop is a copy beside the first' });
    // Anything else dropped is not taken for a workshop.
    await browser.execute(() => {
      const data = new DataTransfer();
      data.items.add(new File(['hello'], 'notes.txt'));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await browser.pause(300);
    assert.equal(await browser.$('[role="dialog"]').isExisting(), false, 'a text file is no workshop');
  } finally {
    await quit(browser, folder);
  }
});

test('Feltboard opened with a .feltboard file offers to import it, once', async () => {
  const folder = emptyDataFolder();
  const file = await sampleFile(folder);
  const browser = await launch(folder, [file]);
  try {
    const dialog = await browser.$('[role="dialog"]');
    await dialog.waitForDisplayed();
    assert.match(await dialog.getText(), /Import the workshop in Returns\.feltboard\?/);
    await browser.$('label*=Replace the workshop it came from').click();
    await browser.$('button=Import').click();
    await browser.$('#tab-boards').waitForDisplayed();
    await browser.keys(['Alt', 'ArrowLeft']);
    await browser.$('article[aria-label="Returning an online order"]').waitForDisplayed();
    assert.equal((await titles(browser)).length, 1, 'in place of the workshop it came from');
    assert.equal(await browser.$('[role="dialog"]').isExisting(), false, 'offered once, not on every visit to Home');
  } finally {
    await quit(browser, folder);
  }
});
