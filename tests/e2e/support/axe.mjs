// Accessibility checks with axe-core, in the real app's web view and in Chromium's phone
// pages: the moderate, serious and critical problems axe finds on what is on screen now (the
// minor ones are left to people's judgement).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe says of a problem, short enough for an assertion's message. */
const summarise = (violations) =>
  violations
    .filter((v) => ['moderate', 'serious', 'critical'].includes(v.impact))
    .map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length, first: v.nodes[0]?.target?.join(' '), help: v.help }));

/** The problems (moderate and worse) on the app's window as it is now. */
export async function axeInApp(browser) {
  // Given to WebDriver as the script itself: the window's policy forbids evaluating strings.
  if (!(await browser.execute(() => Boolean(window.axe)))) await browser.execute(source);
  const violations = await browser.executeAsync((done) => {
    window.axe.run(document, { resultTypes: ['violations'] }).then(
      (result) => done(result.violations),
      (failure) => done([{ id: 'axe-failed', impact: 'critical', nodes: [], help: String(failure) }]),
    );
  });
  return summarise(violations);
}

/** The problems (moderate and worse) on a Chromium page (a phone) as it is now. */
export async function axeInPage(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: source });
  return summarise(await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations));
}
