// Every script the room writes in shows in the real window with real letters: the faces
// Feltboard ships for Arabic, Hebrew, Devanagari and Thai load when cards in those scripts
// are on the board, and the texts read back as they were written.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { emptyDataFolder, launch, openSampleBoard, quit, screenshot, startDriver, stopDriver } from '../support/app.mjs';

const { texts } = JSON.parse(readFileSync(new URL('../../fixtures/every-script.json', import.meta.url), 'utf8'));

before(startDriver);
after(stopDriver);

test('cards in every script show with the fonts Feltboard ships, as they were written', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    await browser.executeAsync(async (words, done) => {
      const invoke = window.__TAURI_INTERNALS__.invoke;
      const [workshop] = await invoke('list_workshops', { search: '' });
      const [summary] = await invoke('list_boards', { workshopId: workshop.id });
      const board = await invoke('get_board', { id: summary.id });
      const stepId = board.stages[0].steps[0].id;
      const laneId = board.lanes[0].id;
      for (const text of words) {
        await invoke('add_card', { stepId, laneId, draft: { text, kind: 'note', source: 'customer', authorId: null, owner: '', metric: '', target: '', status: 'idea' }, index: 0 });
      }
      done();
    }, texts.map((t) => t.words));
    await openSampleBoard(browser);
    const shown = await browser.executeAsync(async (done) => {
      await document.fonts.ready;
      const faces = {};
      for (const face of document.fonts) {
        if (face.family.replaceAll('"', '').startsWith('Feltboard')) faces[`${face.family.replaceAll('"', '')} ${face.weight}`] = face.status;
      }
      done({ faces, cards: [...document.querySelectorAll('[role="grid"] [data-card] .text')].map((t) => t.textContent) });
    });
    for (const { script, words } of texts) {
      assert.ok(shown.cards.includes(words), `${script}: the card reads "${words}"`);
    }
    for (const family of ['Feltboard Arabic', 'Feltboard Hebrew', 'Feltboard Devanagari', 'Feltboard Thai']) {
      assert.equal(shown.faces[`${family} 400`], 'loaded', `${family} is loaded for the cards that need it: ${JSON.stringify(shown.faces)}`);
    }
    await screenshot(browser, 'every-script');
  } finally {
    await quit(browser, folder);
  }
});
