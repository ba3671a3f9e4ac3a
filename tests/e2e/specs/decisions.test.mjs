// From the room to decisions in the real app: two phones say which persona they are most like
// and rate a step, and the board's rated curve per persona counts each of them; cards are
// picked and linked to an opportunity by keyboard; the to-be journey is started, rated in a
// room of its own, and the comparison shows the change customers measured.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifacts, cardOnBoard, emptyDataFolder, launch, openSampleRoom, quit, screenshot } from '../support/app.mjs';
import { appAndPhones } from '../support/phones.mjs';

const phone = appAndPhones();

/** A customer joins from a phone of their own, most like the persona named `persona`. */
async function customer(url, name, persona, shot = null) {
  const page = await phone(url);
  await page.getByLabel('Your name, or any alias').fill(name);
  await page.getByLabel('A customer').check();
  if (persona) await page.getByRole('radio', { name: new RegExp(`^${persona}`) }).check();
  if (shot) await page.screenshot({ path: `${artifacts}/${shot}.png` });
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByText(`Hi, ${name}`).waitFor();
  return page;
}

async function rate(page, step, face) {
  await page.getByRole('tab', { name: 'Rate steps' }).click();
  await page.getByRole('group', { name: `How ${step} felt` }).getByRole('button', { name: face }).click();
  await page.waitForFunction((label) => document.querySelector(`[aria-label="${label}"] [aria-pressed="true"]`), `How ${step} felt`);
}

/** How many ratings each persona's curve counts, over all its steps, by persona name. */
const segmentCounts = (browser) =>
  browser.execute(() =>
    Object.fromEntries(
      [...document.querySelectorAll('g.segment')].map((g) => [
        g.getAttribute('aria-label').replace('Rated by customers most like ', ''),
        [...g.querySelectorAll('text.count')].reduce((sum, t) => sum + Number(t.textContent.replace('n=', '')), 0),
      ]),
    ),
  );

const number = (text) => Number(text.replace('−', '-').match(/[-+]?\d+(\.\d+)?/)?.[0]);

test('two customers most like two personas rate; the to-be journey is rated in its own room and compared', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    const { code, address } = await openSampleRoom(browser, folder);

    // The board follows two personas; the rated curve shows one per persona.
    await browser.$('select.rated-by').selectByVisibleText('per persona');
    await browser.$('g.segment').waitForExist();
    const before = await segmentCounts(browser);
    const personas = Object.keys(before);
    assert.equal(personas.length, 2, `two personas' curves: ${JSON.stringify(before)}`);

    const ines = await customer(`${address}#${code}`, 'Ines', personas[0], 'phone-most-like');
    const olu = await customer(`${address}#${code}`, 'Olu', personas[1]);
    await rate(ines, 'Gets a label', 'upset (-2)');
    await rate(olu, 'Gets a label', 'delighted (+2)');
    await browser.waitUntil(
      async () => {
        const now = await segmentCounts(browser);
        return now[personas[0]] === before[personas[0]] + 1 && now[personas[1]] === before[personas[1]] + 1;
      },
      { timeoutMsg: `each persona's curve counts its new customer: ${JSON.stringify(before)}` },
    );
    await browser.execute(() => document.querySelector('g.segment').scrollIntoView({ block: 'center' }));
    await screenshot(browser, 'segments');

    // Evidence, by keyboard: a quote and an opportunity picked, Ctrl+L, Enter.
    const evidenceOf = async (text) =>
      browser.execute((card) => Number(card.querySelector('.evidence')?.textContent.match(/\d+/)?.[0] ?? 0), await cardOnBoard(browser, text));
    const opportunity = 'One plain-language returns card on every order page';
    const linked = await evidenceOf(opportunity);
    await (await cardOnBoard(browser, null)).click();
    await browser.performActions([{ type: 'key', id: 'kb', actions: [{ type: 'keyDown', value: '\uE009' }] }]);
    await (await cardOnBoard(browser, opportunity)).click();
    await browser.releaseActions();
    await browser.$('[aria-label="Picked cards"]').waitForDisplayed();
    await browser.keys(['Control', 'l']);
    await browser.$('button=Link as evidence').waitForDisplayed();
    await screenshot(browser, 'supports-dialog');
    await browser.$('button=Link as evidence').click();
    await browser.waitUntil(async () => (await evidenceOf(opportunity)) > linked, { timeoutMsg: 'the opportunity counts its new evidence' });

    // The to-be journey: started from the as-is board, rated in a room of its own.
    await browser.keys('Escape');
    await browser.$('button=← Boards').click();
    await browser.$('button=Start the to-be journey').click();
    await browser.$('button=Compare with as-is').waitForDisplayed();
    await browser.$('button=Move the room here').click();
    const panel = await browser.$('aside[aria-label="The room"]');
    await panel.waitForDisplayed();
    await browser.waitUntil(async () => (await panel.$('[aria-label="Join code"]').getText()) !== code, { timeoutMsg: 'a new room, a new code' });
    const toBeCode = await panel.$('[aria-label="Join code"]').getText();
    const toBeAddress = await panel.$('.url').getText();
    const kim = await customer(`${toBeAddress}#${toBeCode}`, 'Kim', null);
    await rate(kim, 'Gets a label', 'delighted (+2)');

    await browser.$('button=Compare with as-is').click();
    const row = await browser.$('//tr[th[starts-with(normalize-space(), "Gets a label")]]');
    await row.waitForDisplayed();
    const [fate, asIs, toBe, change] = await browser.execute((r) => [...r.querySelectorAll('td')].map((td) => td.textContent.trim()), row);
    assert.equal(fate, 'Kept');
    assert.match(toBe, /\(n=1\)/, 'Kim alone rated the to-be step');
    assert.match(asIs, /\(n=\d+\)/);
    assert.ok(
      Math.abs(number(change) - (number(toBe) - number(asIs))) <= 0.051,
      `the measured change is to-be minus as-is: ${asIs} → ${toBe} = ${change}`,
    );
    await screenshot(browser, 'comparison');
  } finally {
    await quit(browser, folder);
  }
});
