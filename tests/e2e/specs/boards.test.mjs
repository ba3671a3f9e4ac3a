// Building a journey board with the room in the real app, keyboard first.
// Texts avoid doubled letters: WebKitWebDriver's key actions drop a repeated key.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildBigBoard, emptyDataFolder, launch, openSampleBoard, quit, screenshot, startDriver, stopDriver } from '../support/app.mjs';

before(startDriver);
after(stopDriver);

const cell = (browser, label) => browser.$(`[role="gridcell"][data-cell="${label}"]`);
const cardsIn = (browser, label) =>
  browser.execute(
    (l) => [...document.querySelectorAll(`[role="gridcell"][data-cell="${l}"] [data-card] .text`)].map((t) => t.textContent),
    label,
  );

async function rate(browser, who, key) {
  await browser.$('[role="radiogroup"][aria-label="Whose feeling"]').$(`button*=${who}`).click();
  await browser.keys(key);
}

test('a board built by keyboard from a template, rated by two customers, is all there after a restart', async () => {
  const folder = emptyDataFolder();
  let browser = await launch(folder);
  try {
    // A workshop with two customers in the room.
    await browser.keys(['Control', 'n']);
    await browser.$('input[name="title"]').setValue('Buying a lamp');
    await browser.keys('Enter');
    const person = await browser.$('input[name="new-participant"]');
    await person.waitForDisplayed();
    await person.setValue('Maya');
    await browser.keys('Enter');
    await browser.$('li[aria-label="Maya"]').waitForDisplayed();
    await person.setValue('Tomás');
    await browser.keys('Enter');
    await browser.$('li[aria-label="Tomás"]').waitForDisplayed();

    // A board from the first template.
    await browser.execute(() => document.activeElement?.blur());
    await browser.keys(['Control', '1']);
    await browser.keys(['Control', 'n']);
    await browser.$('button=Create board').waitForDisplayed();
    await browser.keys('Enter');
    const grid = await browser.$('[role="grid"]');
    await grid.waitForDisplayed();
    assert.equal(await browser.execute(() => document.activeElement?.getAttribute('role')), 'grid', 'the board takes the keyboard');

    // Cards by keyboard: type, Enter for the next, Tab for the next cell.
    await browser.keys('Spots an advert');
    await browser.keys('Enter');
    await browser.keys('Asks a friend');
    await browser.keys('Tab');
    await browser.keys('Compares prices');
    await browser.keys('Escape');
    await browser.waitUntil(async () => (await cardsIn(browser, 'Asks around, What they do')).length === 1);
    assert.deepEqual(await cardsIn(browser, 'Realises they need something, What they do'), ['Spots an advert', 'Asks a friend']);
    assert.deepEqual(await cardsIn(browser, 'Asks around, What they do'), ['Compares prices']);

    // Ratings: Ctrl+E rates the step under the cursor; keys 1–5 pick a level.
    const steps = ['Realises they need something', 'Asks around', 'Searches and compares'];
    await browser.keys('Home');
    for (const [i, step] of steps.entries()) {
      if (i > 0) await browser.keys('ArrowRight');
      await browser.keys(['Control', 'e']);
      await browser.$(`h2=How does ‘${step}’ feel?`).waitForDisplayed();
      await rate(browser, 'Maya', i === 0 ? '2' : '4');
      await rate(browser, 'Tomás', '5');
      // The team's assumed curve, beside the customers' own ratings.
      await rate(browser, 'The team’s assumption', '3');
      if (i === 2) await browser.$('label*=A moment of truth').click();
      await browser.$('button=Done').click();
      await browser.$('[role="dialog"]').waitForExist({ reverse: true });
    }
    await browser.waitUntil(async () => (await browser.$$('.count')).length === 3, { timeoutMsg: 'three rated steps' });
    await screenshot(browser, 'board-built');
  } finally {
    await quit(browser, folder);
  }

  browser = await launch(folder);
  try {
    await browser.$('button=Buying a lamp').click();
    await browser.$('button=Buying a product online').click();
    await browser.$('[role="grid"]').waitForDisplayed();
    assert.deepEqual(await cardsIn(browser, 'Realises they need something, What they do'), ['Spots an advert', 'Asks a friend']);
    const counts = await browser.execute(() => [...document.querySelectorAll('.count')].map((t) => t.textContent));
    assert.deepEqual(counts.map((c) => c.split(' ').at(-1)), ['n=2', 'n=2', 'n=2'], 'each of the three steps was rated by both customers');
    const ratings = await browser.executeAsync(async (done) => {
      const invoke = window.__TAURI_INTERNALS__.invoke;
      const [workshop] = await invoke('list_workshops', { search: 'Buying a lamp' });
      const [summary] = await invoke('list_boards', { workshopId: workshop.id });
      const board = await invoke('get_board', { id: summary.id });
      done(board.ratings.map((r) => `${r.curve} ${r.score}`).sort());
    });
    assert.deepEqual(
      ratings,
      ['assumed 0', 'assumed 0', 'assumed 0', 'rated -1', 'rated -1', 'rated -2', 'rated -2', 'rated -2', 'rated 1'],
      'the team’s assumption is on its own curve, and every customer kept their rating',
    );
    const moment = await browser.execute(() =>
      [...document.querySelectorAll('[role="columnheader"]')].filter((h) => h.textContent.includes('Moment of truth')).map((h) => h.textContent),
    );
    assert.ok(moment.some((m) => m.includes('Searches and compares')), 'the marked step is a moment of truth');

    // Undo a card move.
    await browser.$('p.text=Asks a friend').click();
    await browser.keys(['Alt', 'ArrowDown']);
    await browser.waitUntil(async () => (await cardsIn(browser, 'Realises they need something, Touchpoints and channels')).length === 1);
    await browser.keys(['Control', 'z']);
    await browser.waitUntil(async () => (await cardsIn(browser, 'Realises they need something, What they do')).length === 2, {
      timeoutMsg: 'Ctrl+Z puts the card back',
    });
    assert.deepEqual(await cardsIn(browser, 'Realises they need something, What they do'), ['Spots an advert', 'Asks a friend']);
  } finally {
    await quit(browser, folder);
  }
});

test('moving the cursor up or left keeps the picked cell clear of the sticky headers, which sit at the board\'s edges', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    await openSampleBoard(browser);
    await browser.$('[role="grid"]').click();
    await browser.keys(['Home']);
    for (let i = 0; i < 8; i++) await browser.keys('ArrowDown');
    for (let i = 0; i < 6; i++) await browser.keys('ArrowRight');
    for (let i = 0; i < 6; i++) await browser.keys('ArrowUp');
    for (let i = 0; i < 5; i++) await browser.keys('ArrowLeft');
    await browser.pause(300);
    const clear = await browser.execute(() => {
      const cell = document.querySelector('[role="gridcell"][aria-selected="true"]').getBoundingClientRect();
      const bottom = Math.max(...[...document.querySelectorAll('.step')].map((h) => h.getBoundingClientRect().bottom));
      const right = Math.max(...[...document.querySelectorAll('.lane')].map((h) => h.getBoundingClientRect().right));
      return { top: cell.top - bottom, left: cell.left - right };
    });
    assert.ok(clear.top >= -1 && clear.left >= -1, `the picked cell is not under the headers: ${JSON.stringify(clear)}`);

    // Scrolled down and across, the headers sit at the board's very edges: no strip of cards
    // shows above the stages or beside the lanes.
    const edges = await browser.execute(() => {
      const viewport = document.querySelector('main.viewport');
      viewport.scrollTo({ top: 400, left: 500 });
      const frame = viewport.getBoundingClientRect();
      const top = Math.min(...[...document.querySelectorAll('.stage')].map((h) => h.getBoundingClientRect().top));
      const left = Math.min(...[...document.querySelectorAll('.lane')].map((h) => h.getBoundingClientRect().left));
      return { above: top - frame.top, beside: left - frame.left };
    });
    assert.ok(Math.abs(edges.above) <= 1 && Math.abs(edges.beside) <= 1, `headers at the edges: ${JSON.stringify(edges)}`);
    await screenshot(browser, 'board-scrolled');
  } finally {
    await quit(browser, folder);
  }
});

test('focus view has a key of its own: a capital letter starts a card and nothing else', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  const stages = () => browser.execute(() => [...document.querySelectorAll('.stage')].map((s) => s.textContent.trim()));
  try {
    await openSampleBoard(browser);
    await browser.$('[role="grid"]').click();
    await browser.keys(['Control', 'Shift', 'f']);
    await browser.waitUntil(async () => (await browser.$('button=Focus view').getAttribute('aria-pressed')) === 'true', { timeoutMsg: 'Ctrl+Shift+F focuses one stage' });
    assert.deepEqual(await stages(), ['Deciding to return']);
    assert.equal(await browser.$('textarea.capture').isExisting(), false, 'no card was started');
    await browser.keys('PageDown');
    await browser.waitUntil(async () => (await stages())[0] === 'Starting the return', { timeoutMsg: 'Page Down: the next stage' });
    assert.equal(await browser.$('textarea.capture').isExisting(), false, 'no card was started');
    await browser.keys(['Shift', 'F']);
    await browser.$('textarea.capture').waitForDisplayed();
    assert.equal(await browser.$('textarea.capture').getValue(), 'F', 'Shift+F types a capital F');
    assert.equal(await browser.$('button=Focus view').getAttribute('aria-pressed'), 'true', 'and leaves the view alone');
  } finally {
    await quit(browser, folder);
  }
});

test('undoing "Added a board" while on it goes back to the boards, not to a dead editor', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    await browser.$('button=Returning an online order').click();
    await browser.$('#tab-boards').click();
    await browser.execute(() => document.activeElement?.blur());
    await browser.keys(['Control', 'n']);
    await browser.$('button=Create board').waitForDisplayed();
    await browser.keys('Enter');
    await browser.$('[role="grid"]').waitForDisplayed();
    await browser.keys(['Control', 'z']);
    await browser.$('#tab-boards').waitForDisplayed();
    assert.equal(await browser.$('#tab-boards').getAttribute('aria-selected'), 'true', 'on the workshop’s boards');
    assert.equal(await browser.$$('article[aria-label]').length, 2, 'the sample’s two boards alone, the new one taken away');
  } finally {
    await quit(browser, folder);
  }
});

test('an opportunity edited with the mouse keeps its owner and metric once the editor is left', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    await openSampleBoard(browser);
    // The opportunities are below the screen, and their cells build their cards as they come
    // near: scroll down as a person would until one is there, let it paint, then click.
    await browser.waitUntil(
      () =>
        browser.execute(() => {
          if (document.querySelector('[data-card].opportunity')) return true;
          document.querySelector('[role="grid"]').parentElement.scrollBy(0, 300);
          return false;
        }),
      { timeout: 10_000, interval: 200, timeoutMsg: 'no opportunity came into view' },
    );
    const card = await browser.$('[data-card].opportunity');
    await browser.execute((el) => el.scrollIntoView({ block: 'center', inline: 'center' }), card);
    await browser.pause(300);
    await card.click();
    await browser.keys('Enter');
    const owner = await browser.$('input[aria-label="Owner"]');
    await owner.waitForDisplayed();
    await owner.click();
    assert.equal(await browser.execute(() => document.activeElement?.getAttribute('aria-label')), 'Owner', 'the click stays in the field');
    // Typed as keys: WebDriver's setValue blurs the field (its "clear" steps), which is
    // leaving the editor.
    await browser.keys(['Control', 'a']);
    await browser.keys([...'Web crew']);
    await browser.keys('Tab');
    await browser.keys(['Control', 'a']);
    await browser.keys([...'Fewer drop-outs']);
    await screenshot(browser, 'card-editor');
    // Leaving the editor by clicking the board's title field: nothing typed is lost.
    await browser.$('#board-title').click();
    await browser.$('input[aria-label="Owner"]').waitForExist({ reverse: true });
    const stored = await browser.executeAsync(async (done) => {
      const invoke = window.__TAURI_INTERNALS__.invoke;
      const [workshop] = await invoke('list_workshops', { search: '' });
      const [summary] = await invoke('list_boards', { workshopId: workshop.id });
      const board = await invoke('get_board', { id: summary.id });
      done(board.cards.filter((c) => c.owner === 'Web crew').map((c) => c.metric));
    });
    assert.deepEqual(stored, ['Fewer drop-outs']);
  } finally {
    await quit(browser, folder);
  }
});

test('a 2,000-card board builds the cells near the screen only, and the keyboard reaches every other', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    await buildBigBoard(browser, 2000);
    await browser.execute(() => location.reload());
    await browser.$('button=Benchmark 2000').click();
    await browser.$('button=Big board').click();
    await browser.$('[role="grid"]').waitForDisplayed();
    const first = 'Step 1.2, Lane 1';
    await browser.waitUntil(async () => (await cardsIn(browser, first)).length > 0);

    const board = () =>
      browser.execute(() => {
        const cells = [...document.querySelectorAll('[role="gridcell"][data-cards]')];
        const scroller = document.querySelector('[role="grid"]').parentElement;
        return {
          held: cells.reduce((sum, c) => sum + Number(c.dataset.cards), 0),
          built: document.querySelectorAll('[data-card]').length,
          builtCells: cells.filter((c) => c.dataset.built === 'true').length,
          height: scroller.scrollHeight,
          width: scroller.scrollWidth,
        };
      });
    const opened = await board();
    assert.equal(opened.held, 2000, 'every cell says how many cards it holds');
    assert.ok(opened.built > 0 && opened.built < 1000, `a screen's worth of cards is built, not all 2,000 (${opened.built})`);

    // A cell far away still says where it is and what it holds, for a screen reader.
    const last = 'Step 8.5, Lane 9';
    assert.equal(await cell(browser, last).getAttribute('data-built'), 'false');
    const said = await browser.execute((l) => document.querySelector(`[data-cell="${l}"] .visually-hidden`).textContent, last);
    assert.match(said, /^Step 8\.5, Lane 9, 5 cards:$/);

    // The keyboard takes the cursor there: the cell comes on screen with its cards.
    await browser.$('[role="grid"]').click();
    await browser.keys('End');
    for (let lane = 1; lane < 9; lane++) await browser.keys('ArrowDown');
    await browser.waitUntil(async () => (await cardsIn(browser, last)).length === 5, { timeoutMsg: `${last} never showed its cards` });
    // It settles in view as the cells around it are built and measured.
    const box = () => browser.execute((l) => document.querySelector(`[data-cell="${l}"]`).getBoundingClientRect().toJSON(), last);
    await browser.waitUntil(
      async () => {
        const { top, bottom, left, right } = await box();
        return top >= 0 && bottom <= 800 && left >= 0 && right <= 1280;
      },
      { timeout: 5000, timeoutMsg: 'the picked cell comes on screen' },
    );

    // The scroll extents were right from the start: once every cell has been built, the
    // board is as long and as wide as it said it was, give or take a tenth.
    await browser.execute(async () => {
      const scroller = document.querySelector('[role="grid"]').parentElement;
      for (let top = 0; top <= scroller.scrollHeight; top += scroller.clientHeight) {
        for (let left = 0; left <= scroller.scrollWidth; left += scroller.clientWidth) {
          scroller.scrollTo(left, top);
          await new Promise((shown) => requestAnimationFrame(() => requestAnimationFrame(shown)));
        }
      }
    });
    const seen = await board();
    assert.ok(Math.abs(seen.height - opened.height) / seen.height < 0.1, `height said ${opened.height} px, is ${seen.height} px`);
    assert.equal(seen.width, opened.width, 'the columns are as wide as they were');
    assert.ok(seen.builtCells < 360, `cells far from the screen let their cards go again (${seen.builtCells} of 360 built)`);
  } finally {
    await quit(browser, folder);
  }
});
