// The phones in the room's tests: the system's Chromium (never a downloaded browser), headless,
// with its background networking off so that it reaches nothing but the room on loopback.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startDriver, stopDriver } from './app.mjs';

/** Starts the system's Chromium. */
export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A phone in portrait on `browser`: a browser context of its own, like a separate device. */
export async function phoneAt(browser, url, extra = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, ...extra });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/**
 * For a spec whose tests use the app and phones: starts the app's driver and the phones'
 * Chromium before its tests and stops both after. Returns a phone in portrait at `url` on
 * that Chromium (`extra`: a locale…).
 */
export function appAndPhones() {
  let browser;
  before(async () => {
    await startDriver();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await stopDriver();
  });
  return (url, extra = {}) => phoneAt(browser, url, extra);
}
