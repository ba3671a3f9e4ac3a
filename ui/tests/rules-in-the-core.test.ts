// Each rule lives once, in the core; the window and the phone page read it from there
// (generated constants in lib/bindings.ts, or values the core computes). A copy written here
// would drift: these are the words and numbers a copy would carry.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const here = path.dirname(new URL(import.meta.url).pathname);
const ui = path.join(here, '../src');
const phone = path.join(here, '../../src-tauri/crates/room/phone/phone.js');

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|svelte|js)$/.test(name) && name !== 'bindings.ts' ? [full] : [];
  });
}

const copies: [RegExp, string][] = [
  [/['"`]A customer['"`]/, 'how an anonymous customer is credited (boards::credit)'],
  [/['"`](Pain point|Opportunity|Idea)['"`]\s*[,}]/, 'the names of card kinds (CARD_KIND_NAMES)'],
  [/['"`](Delighted|Unhappy|Upset)['"`]/, 'the emotion scale (EMOTION_SCALE)'],
  [/100_000|usize::MAX/, '"at the end" of a cell (null)'],
  [/max="20"|Math\.min\(20/, 'the dot budget (DOT_BUDGET)'],
  [/\^\[["“‘']/, 'which words are a quote (boards::card_kind)'],
  [/kind === 'customer' \? 'customer'/, "a card's source (boards::card_source)"],
  [/['"`]New persona['"`]/, 'what a new persona starts from (NEW_PERSONA)'],
];

describe('Rules live in the core', () => {
  const files = [...sources(ui), phone];

  it('reads every source of the window and the phone page', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain(phone);
  });

  it.each(copies)('no copy of %s anywhere (%s)', (pattern, rule) => {
    const found = files.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => path.relative(ui, file));
    expect(found, `a copy of ${rule}`).toEqual([]);
  });
});
