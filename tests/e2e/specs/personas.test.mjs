// Building personas in the real app, by keyboard, and finding them intact after a restart.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { emptyDataFolder, launch, quit, screenshot, startDriver, stopDriver } from '../support/app.mjs';

before(startDriver);
after(stopDriver);

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const item = (browser, list, n, of) => browser.$(`textarea[aria-label="${list}, item ${n} of ${of}"]`);

async function openSamplePersonas(browser) {
  await browser.$('button=Returning an online order').click();
  await browser.$('#tab-personas').click();
}

// Text goes through the element: WebKitWebDriver's key actions drop repeated letters.
// The first bullet is focused, not clicked: a notice at the window's foot may cover it.
async function typeList(browser, list, items) {
  await browser.execute((field) => field.focus(), await item(browser, list, 1, 1));
  for (const [i, text] of items.entries()) {
    if (i > 0) await browser.keys('Enter');
    await item(browser, list, i + 1, i + 1).addValue(text);
  }
}

const lists = {
  Goals: ['Rest on her days off', 'Never queue'],
  Needs: ['Delivery she can sleep through'],
  'Pain points': ['Couriers ring at 10 a.m.'],
  Behaviours: ['Orders on her phone between shifts'],
  Channels: ['App', 'SMS'],
  'Wants to feel': ['Looked after'],
  Says: ['“Leave it with a neighbour.”'],
  Thinks: ['Will it be stolen?'],
  Does: ['Tracks every parcel'],
  Feels: ['Tired', 'Relieved'],
};

test('a persona built by keyboard, with a portrait, is all there after a restart', async () => {
  const folder = emptyDataFolder();
  let browser = await launch(folder);
  try {
    await openSamplePersonas(browser);
    await browser.keys(['Control', 'n']);
    const name = await browser.$('#persona-name');
    await name.waitForDisplayed();
    await name.setValue('Eleni Pappa');
    await browser.$('#persona-role').setValue('Night-shift nurse');
    await browser.$('button[aria-label="Green"]').click();
    await browser.$('button=Backed by research').click();
    await browser.$('input[type="number"]').setValue('7');
    await browser.$('textarea.sources').setValue('Diary study, spring 2026');
    await browser.$('label*=Anti-persona').click();
    await browser.$('label*=Why we choose not to serve them').$('textarea').setValue('Not this quarter: nights are another project.');
    await browser.$('textarea[placeholder="A quote, in their own words"]').setValue('I shop at 3 a.m., when the house is quiet.');
    await browser.$('textarea[placeholder^="A few sentences"]').setValue('Eleni works nights and buys online between shifts.');
    for (const [list, items] of Object.entries(lists)) await typeList(browser, list, items);
    await browser.$('input[type="file"]').addValue(path.join(fixtures, 'portrait.jpg'));
    await browser.$('.face img').waitForExist();
    await screenshot(browser, 'persona-editor');
    await browser.$('button=← Personas').click();
    await browser.$('article[aria-label="Eleni Pappa"]').waitForDisplayed();
    await screenshot(browser, 'persona-gallery');
  } finally {
    await quit(browser, folder);
  }

  browser = await launch(folder);
  try {
    await openSamplePersonas(browser);
    const card = () => browser.$('article[aria-label="Eleni Pappa"]');
    await card().waitForDisplayed();
    assert.match(await card().getText(), /Anti-persona/);
    assert.ok(await card().$('img').isExisting(), 'the portrait shows in the gallery');
    await card().$('button=Eleni Pappa').click();
    await browser.$('#persona-name').waitForDisplayed();
    assert.equal(await browser.$('#persona-name').getValue(), 'Eleni Pappa');
    assert.equal(await browser.$('#persona-role').getValue(), 'Night-shift nurse');
    assert.equal(await browser.$('button[aria-label="Green"]').getAttribute('aria-checked'), 'true');
    assert.equal(await browser.$('button=Backed by research').getAttribute('aria-checked'), 'true');
    assert.equal(await browser.$('input[type="number"]').getValue(), '7');
    assert.equal(await browser.$('textarea.sources').getValue(), 'Diary study, spring 2026');
    assert.equal(await browser.$('label*=Anti-persona').$('input').isSelected(), true);
    assert.equal(await browser.$('label*=Why we choose not to serve them').$('textarea').getValue(), 'Not this quarter: nights are another project.');
    assert.equal(await browser.$('textarea[placeholder="A quote, in their own words"]').getValue(), 'I shop at 3 a.m., when the house is quiet.');
    for (const [list, items] of Object.entries(lists)) {
      for (const [i, text] of items.entries()) {
        assert.equal(await item(browser, list, i + 1, items.length).getValue(), text, `${list} item ${i + 1}`);
      }
    }
    assert.ok(await browser.$('.face img').isExisting(), 'the portrait is kept');
  } finally {
    await quit(browser, folder);
  }
});

test('a file that is not an image is refused with a clear message and changes nothing', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    await openSamplePersonas(browser);
    await browser.$('button=Maya Okafor').click();
    await browser.$('input[type="file"]').addValue(path.join(fixtures, 'not-an-image.png'));
    const alert = await browser.$('.portrait [role="alert"]');
    await alert.waitForDisplayed();
    assert.match(await alert.getText(), /not a PNG, JPEG or WebP image/);
    assert.equal(await browser.$('.face img').isExisting(), false);
  } finally {
    await quit(browser, folder);
  }
});

test('a deleted persona comes back with Undo, and personas reorder by keyboard', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  const names = () => browser.execute(() => [...document.querySelectorAll('.gallery article')].map((a) => a.getAttribute('aria-label')));
  try {
    await openSamplePersonas(browser);
    await browser.$('article[aria-label="Sam the Serial Returner"]').waitForDisplayed();
    await browser.$('article[aria-label="Sam the Serial Returner"]').$('button=Delete').click();
    await browser.$('button=Delete persona').click();
    await browser.$('article[aria-label="Sam the Serial Returner"]').waitForExist({ reverse: true });
    await browser.$('[role="status"]*=Deleted Sam the Serial Returner').$('button=Undo').click();
    await browser.$('article[aria-label="Sam the Serial Returner"]').waitForDisplayed();

    await browser.execute(() =>
      document.querySelector('article[aria-label="Sam the Serial Returner"] .open')?.focus(),
    );
    await browser.keys(['Alt', 'ArrowLeft']);
    await browser.waitUntil(async () => (await names())[1] === 'Sam the Serial Returner', {
      timeoutMsg: 'Alt+← moves the persona in focus one place to the left',
    });
    assert.deepEqual(await names(), ['Maya Okafor', 'Sam the Serial Returner', 'Graham Lewis']);
  } finally {
    await quit(browser, folder);
  }
});

test('Alt+← in the persona editor goes back to the personas and stays there', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    await openSamplePersonas(browser);
    await browser.$('button=Maya Okafor').click();
    await browser.$('button=← Personas').waitForDisplayed();
    await browser.execute(() => document.activeElement?.blur());
    await browser.keys(['Alt', 'ArrowLeft']);
    await browser.$('article[aria-label="Maya Okafor"]').waitForDisplayed();
    await browser.pause(300);
    assert.ok(await browser.$('article[aria-label="Maya Okafor"]').isDisplayed(), 'still on the personas, not Home');
    assert.equal(await browser.$('#tab-personas').getAttribute('aria-selected'), 'true');
  } finally {
    await quit(browser, folder);
  }
});
