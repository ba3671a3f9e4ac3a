// Feltboard in the facilitator's language and each phone in its own: the window switched to
// German stays German after a restart; in a room whose window is English, a French phone
// gets the page in French, an English one in English, and one whose language Feltboard
// doesn't speak gets the workshop's. Expected words come from the catalogues themselves.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifacts, emptyDataFolder, launch, openSampleBoard, openSampleRoom, quit, screenshot } from '../support/app.mjs';
import { appAndPhones } from '../support/phones.mjs';
import { message } from '../support/words.mjs';

const phone = appAndPhones();

const shown = (browser) =>
  browser.execute(() => ({ lang: document.documentElement.lang, text: document.body.innerText }));

test('the window switched to German is German, and still German after a restart', async () => {
  const folder = emptyDataFolder();
  let browser = await launch(folder);
  try {
    await browser.$('label.language select').selectByAttribute('value', 'de');
    await browser.waitUntil(async () => (await shown(browser)).lang === 'de', { timeoutMsg: 'the window speaks German' });
    const german = (await shown(browser)).text;
    assert.ok(german.includes(message('de', 'window/home.ftl', 'home-new')), 'Home in German');
    assert.ok(!german.includes(message('en', 'window/home.ftl', 'home-new')), 'no English left on Home');
    await screenshot(browser, 'de-home');
  } finally {
    await quit(browser, folder);
  }
  browser = await launch(folder);
  try {
    assert.equal((await shown(browser)).lang, 'de', 'remembered');
    await openSampleBoard(browser);
    assert.ok((await shown(browser)).text.includes(message('de', 'window/room.ftl', 'room-mode')), 'the board in German');
    await screenshot(browser, 'de-board');
    await browser.keys('F5');
    await browser.$('section.room-mode').waitForDisplayed();
    await screenshot(browser, 'de-room-mode');
    await browser.keys('Escape');
  } finally {
    await quit(browser, folder);
  }
});

test('the window in French, from the same list', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    await browser.$('label.language select').selectByAttribute('value', 'fr');
    await browser.waitUntil(async () => (await shown(browser)).lang === 'fr', { timeoutMsg: 'the window speaks French' });
    assert.ok((await shown(browser)).text.includes(message('fr', 'window/home.ftl', 'home-new')), 'Home in French');
    await screenshot(browser, 'fr-home');
    await openSampleBoard(browser);
    assert.ok((await shown(browser)).text.includes(message('fr', 'window/room.ftl', 'room-mode')), 'the board in French');
    await screenshot(browser, 'fr-board');
    await browser.keys('F5');
    await browser.$('section.room-mode').waitForDisplayed();
    await screenshot(browser, 'fr-room-mode');
    await browser.keys('Escape');
  } finally {
    await quit(browser, folder);
  }
});

test('each phone gets the page in its own language, else the workshop’s', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    const { code, address } = await openSampleRoom(browser, folder);
    const url = `${address}#${code}`;
    const opened = [];
    for (const [locale, language] of [['fr-FR', 'fr'], ['en-GB', 'en'], ['ja-JP', 'en'], ['es-ES', 'es'], ['de-AT', 'de']]) {
      const page = await phone(url, { locale });
      opened.push(page);
      await page.getByRole('heading', { name: message(language, 'phone.ftl', 'phone-welcome') }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), language, `${locale} reads ${language}`);
      assert.ok(await page.getByText(message(language, 'phone.ftl', 'phone-name-label')).isVisible(), `${locale}: the form in ${language}`);
      await page.screenshot({ path: `${artifacts}/${locale}-phone-join.png` });
      if (language === 'fr') {
        // Joined in French: the room answers in French too.
        await page.getByLabel(message('fr', 'phone.ftl', 'phone-name-label')).fill('Amélie');
        await page.getByRole('button', { name: message('fr', 'phone.ftl', 'phone-join') }).click();
        await page.getByRole('tab', { name: message('fr', 'phone.ftl', 'phone-tab-rate') }).click();
        await page.screenshot({ path: `${artifacts}/fr-phone.png` });
        // A customer writing Arabic in a French page: the note runs right to left as typed.
        await page.getByRole('tab', { name: message('fr', 'phone.ftl', 'phone-tab-note') }).click();
        await page.getByLabel(message('fr', 'phone.ftl', 'phone-your-note')).fill('لم يكن لدي طابعة في البيت');
        assert.ok(await page.$eval('#text', (field) => field.matches(':dir(rtl)')), 'Arabic runs right to left');
        await page.screenshot({ path: `${artifacts}/fr-phone-arabic-note.png` });
      }
    }
    await Promise.all(opened.map((page) => page.context().close()));
  } finally {
    await quit(browser, folder);
  }
});
