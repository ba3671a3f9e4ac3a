// The pseudo-language: every word of the window through the catalogues shows ⟦ácçéñtéd⟧, so a
// word written straight into a component (not translated) stands out as plain Latin letters.
// The workshops' own words are Greek here, so they don't pass for forgotten English.
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../src/App.svelte';
import { words } from '../src/lib/words.svelte';
import { fakeCore, summary } from './fake-core';

/** Text the window shows or says (text, labels, tooltips, placeholders) outside ⟦…⟧. */
function untranslated(root: HTMLElement): string[] {
  const said: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('style, script, [aria-hidden="true"]')) continue;
    said.push(node.textContent ?? '');
  }
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of ['title', 'aria-label', 'placeholder', 'alt']) {
      const value = element.getAttribute(attribute);
      if (value) said.push(value);
    }
  }
  // A word is three Latin letters or more; the product's name and key names are not words.
  const KEPT = /\b(Feltboard|Ctrl|Shift|Alt|Esc|Enter|Delete|Tab|English|Deutsch|Français|Español)\b/g;
  return said
    .map((text) => text.replace(/⟦[^⟧]*⟧/g, '').replace(KEPT, ''))
    .filter((text) => /[A-Za-z]{3,}/.test(text));
}

describe('every word of the window comes from the catalogues', () => {
  afterEach(() => {
    words.language = 'en';
  });

  it('on Home, with workshops and without', async () => {
    fakeCore({ workshops: [summary('Επιστροφές', { participantCount: 2 })] }, { window_language: () => 'pseudo' });
    render(App);
    await screen.findByRole('article', { name: 'Επιστροφές' });
    expect(untranslated(document.body)).toEqual([]);
  });
});
