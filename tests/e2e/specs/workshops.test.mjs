// The facilitator's first minutes with Feltboard, in the real app.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { emptyDataFolder, launch, quit, screenshot, startDriver, stopDriver, waitFor } from '../support/app.mjs';

before(startDriver);
after(stopDriver);

const cardTitled = (browser, title) => browser.$(`article[aria-label="${title}"]`);

async function createWorkshop(browser, title, question) {
  await browser.keys(['Control', 'n']);
  const titleField = await browser.$('input[name="title"]');
  await titleField.waitForDisplayed();
  await titleField.setValue(title);
  if (question) await browser.$('textarea[name="question"]').setValue(question);
  await browser.$('button=Create workshop').click();
}

test('the first run opens on the sample workshop', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    const sample = () => cardTitled(browser, 'Returning an online order');
    await sample().waitForDisplayed({ timeout: 10_000 });
    assert.match(await sample().getText(), /7 participants · 3 personas · 2 boards/);
    await screenshot(browser, 'home');
    await sample().$('button=Returning an online order').click();
    await browser.$('h1=Returning an online order').waitForDisplayed();
    await browser.$('article[aria-label="Returning an online order — as it is today"]').waitForDisplayed();
    await screenshot(browser, 'workshop-boards');
    await browser.$('#tab-personas').click();
    await browser.$('article[aria-label="Sam the Serial Returner"]').waitForDisplayed();
    assert.match(await browser.$('article[aria-label="Sam the Serial Returner"]').getText(), /Anti-persona/);
    await screenshot(browser, 'workshop-personas');
  } finally {
    await quit(browser, folder);
  }
});

test('a workshop created by keyboard is still there after a restart', async () => {
  const folder = emptyDataFolder();
  let browser = await launch(folder);
  try {
    await cardTitled(browser, 'Returning an online order').waitForDisplayed();
    await createWorkshop(browser, 'Onboarding new members', 'Why do new members stop after a week?');
    // Creating opens the workshop on its participants, ready for the room.
    await browser.$('h1=Onboarding new members').waitForDisplayed();
  } finally {
    await quit(browser, folder);
  }
  browser = await launch(folder);
  try {
    await cardTitled(browser, 'Onboarding new members').waitForDisplayed({ timeout: 10_000 });
    // textContent: WebKitWebDriver's getText skips the line-clamped question.
    const question = await cardTitled(browser, 'Onboarding new members').$('.question').getProperty('textContent');
    assert.equal(question, 'Why do new members stop after a week?');
    // Home lists the workshop last opened first: the new one (opened as it was created),
    // then the sample once it is opened again.
    const order = () => browser.execute(() => [...document.querySelectorAll('article[aria-label]')].map((a) => a.getAttribute('aria-label')));
    assert.deepEqual((await order()).slice(0, 2), ['Onboarding new members', 'Returning an online order']);
    await cardTitled(browser, 'Returning an online order').$('button=Returning an online order').click();
    await browser.$('h1=Returning an online order').waitForDisplayed();
    await browser.keys(['Alt', 'ArrowLeft']);
    await cardTitled(browser, 'Onboarding new members').waitForDisplayed();
    assert.deepEqual((await order()).slice(0, 2), ['Returning an online order', 'Onboarding new members']);
  } finally {
    await quit(browser, folder);
  }
});

test('a workshop can be renamed, deleted, and the deletion undone', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    await cardTitled(browser, 'Returning an online order').waitForDisplayed();
    await cardTitled(browser, 'Returning an online order').$('button=Rename').click();
    const title = await browser.$('input[name="title"]');
    await title.waitForDisplayed();
    await title.clearValue();
    await title.setValue('Returns, with customers');
    await browser.keys('Enter');
    // Look elements up once they can exist: an element awaited too early is never found.
    await cardTitled(browser, 'Returns, with customers').waitForDisplayed();

    await cardTitled(browser, 'Returns, with customers').$('button=Delete').click();
    await browser.$('button=Delete workshop').click();
    await cardTitled(browser, 'Returns, with customers').waitForExist({ reverse: true });
    await browser.$('h2=Start your first workshop').waitForDisplayed();

    const notice = await browser.$('[role="status"]*=Deleted ‘Returns, with customers’');
    await notice.$('button=Undo').click();
    await cardTitled(browser, 'Returns, with customers').waitForDisplayed();
  } finally {
    await quit(browser, folder);
  }
});

test('a participant added in the workshop is kept', async () => {
  const folder = emptyDataFolder();
  let browser = await launch(folder);
  try {
    await createWorkshop(browser, 'Café loyalty', '');
    const name = await browser.$('input[name="new-participant"]');
    await name.waitForDisplayed();
    await name.setValue('Zoë');
    await browser.keys('Enter');
    const row = await browser.$('li[aria-label="Zoë"]');
    await row.waitForDisplayed();
    await row.$('button=Stakeholder').click();
    await row.$('button[aria-checked="true"]=Stakeholder').waitForDisplayed();
    for (const person of ['Bo', 'Maria-Fernanda de los Santos Oliveira', 'Ng']) {
      await name.setValue(person);
      await browser.keys('Enter');
      await browser.$(`li[aria-label="${person}"]`).waitForDisplayed();
    }
    // A name cleared is refused under its field: the row grows, its columns stay put.
    const ng = await browser.$('li[aria-label="Ng"]');
    await ng.$('input').click();
    await browser.keys(['Control', 'a']);
    await browser.keys(['Backspace', 'Tab']);
    await ng.$('[role="alert"]').waitForDisplayed();
    for (const width of [1280, 1024]) {
      await browser.setWindowSize(width, 800);
      await waitFor(`a ${width} px window`, async () => (await browser.execute(() => window.innerWidth)) === width);
      const layout = await browser.execute(() =>
        [...document.querySelectorAll('.participants li')].map((row) => {
          const list = row.parentElement.getBoundingClientRect();
          const left = (selector) => Math.round(row.querySelector(selector).getBoundingClientRect().left);
          return {
            columns: ['input', '[role="radiogroup"]', 'input[type="checkbox"]', '[aria-label="Colour"]', '.remove'].map(left),
            overflows: row.querySelector('.remove').getBoundingClientRect().right > list.right + 0.5,
          };
        }),
      );
      assert.equal(layout.length, 4);
      for (const row of layout) {
        assert.deepEqual(row.columns, layout[0].columns, `at ${width} px every row's columns line up`);
        assert.equal(row.overflows, false, `at ${width} px no row runs out of the list`);
      }
      await screenshot(browser, `participants-${width}`);
    }
  } finally {
    await quit(browser, folder);
  }
  browser = await launch(folder);
  try {
    await cardTitled(browser, 'Café loyalty').$('button=Café loyalty').click();
    await browser.$('#tab-participants').click();
    const row = await browser.$('li[aria-label="Zoë"]');
    await row.waitForDisplayed();
    assert.equal(await row.$('button[aria-checked="true"]').getText(), 'Stakeholder');
  } finally {
    await quit(browser, folder);
  }
});

test('a date is one field, typed as people write it; one that is not a date says how to write it', async () => {
  const folder = emptyDataFolder();
  const browser = await launch(folder);
  try {
    await browser.keys(['Control', 'n']);
    await browser.$('input[name="title"]').waitForDisplayed();
    await browser.$('input[name="title"]').setValue('Returns, second round');
    await browser.keys('Tab');
    await browser.keys('Tab');
    assert.equal(await browser.execute(() => document.activeElement?.getAttribute('name')), 'heldOn', 'from the question, one Tab to the date');
    await browser.keys('Tab');
    assert.equal(await browser.execute(() => document.activeElement?.getAttribute('name')), 'place', 'and one more to the place');
    await browser.$('input[name="heldOn"]').setValue('next tuesday');
    await browser.keys('Enter');
    const problem = await browser.$('[role="dialog"] [role="alert"]');
    await problem.waitForDisplayed();
    assert.match(await problem.getText(), /write it like 2026-11-22 or 22 November 2026/);
    assert.equal(await browser.$('input[name="title"]').getValue(), 'Returns, second round', 'nothing typed is lost');
    await browser.$('input[name="heldOn"]').setValue('3 December 2026');
    await browser.keys('Enter');
    await browser.$('[role="dialog"]').waitForExist({ reverse: true });
    // The new workshop opens at its first participant's name; Alt+← goes back from there.
    await browser.$('input[name="new-participant"]').waitForDisplayed();
    await browser.keys(['Alt', 'ArrowLeft']);
    await cardTitled(browser, 'Returns, second round').waitForDisplayed();
    assert.match(await cardTitled(browser, 'Returns, second round').getText(), /3 December 2026/i);
  } finally {
    await quit(browser, folder);
  }
});
