// The pseudo-language: every word of the window through the catalogues shows ⟦ácçéñtéd⟧, so a
// word written straight into a component (not translated) stands out as plain Latin letters.
// The workshops' own words are Greek here, so they don't pass for forgotten English.
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../src/App.svelte';
import ExportDialog from '../src/components/ExportDialog.svelte';
import ImportDialog from '../src/components/ImportDialog.svelte';
import KeyboardShortcuts from '../src/components/KeyboardShortcuts.svelte';
import ProblemScreen from '../src/components/ProblemScreen.svelte';
import type { BoardSummary } from '../src/lib/bindings';
import { openPersona, openWorkshop, type WorkshopTab } from '../src/lib/navigation.svelte';
import { words } from '../src/lib/words.svelte';
import { fakeCore, person, persona, summary } from './fake-core';

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

describe('every word of a workshop, its personas and its files comes from the catalogues', () => {
  afterEach(() => {
    words.language = 'en';
  });

  const board = (id: string, title: string, extra: Partial<BoardSummary> = {}): BoardSummary => ({
    id, title, workshopId: 'w', personaIds: [], basedOn: null, scenario: 'Επιστρέφει ένα φόρεμα', expectations: '', orderKey: 'a0',
    createdAt: 1, updatedAt: 1, personaNames: [], stageTitles: ['Αγορά', 'Επιστροφή'], stepCount: 1, cardCount: 2, ...extra,
  });

  /** A workshop with something on every tab, in Greek. */
  function greekWorkshop() {
    const workshop = summary('Επιστροφές', { id: 'w', question: 'Πού χάνουμε ανθρώπους;', place: 'Λιντς', facilitator: 'Ελένη' });
    const maria = persona('Μαρία', { role: 'Μητέρα', quote: 'Θέλω να τελειώνω γρήγορα', goals: ['Ησυχία'], evidence: 'research', interviewCount: 3 });
    const nikos = persona('Νίκος', { isAntiPersona: true, antiReason: 'Επιστρέφει τα πάντα' });
    fakeCore(
      { workshops: [workshop], personas: [maria, nikos], participants: [person('Γιώργος', { personaId: maria.id }), person('Άννα', { kind: 'team' })] },
      {
        window_language: () => 'pseudo',
        workshop_opened: () => null,
        list_boards: () => [
          board('b1', 'Σήμερα', { personaNames: ['Μαρία', 'Νίκος'] }),
          board('b2', 'Αύριο', { basedOn: 'b1', stepCount: 2, cardCount: 1 }),
        ],
      },
    );
    return { workshop, maria };
  }

  for (const [tab, shown] of [['boards', 'Σήμερα'], ['personas', 'Μαρία'], ['participants', 'Γιώργος']] as [WorkshopTab, string][]) {
    it(`on a workshop's ${tab}`, async () => {
      const { workshop } = greekWorkshop();
      openWorkshop(workshop.id, tab);
      render(App);
      await screen.findByRole(tab === 'participants' ? 'listitem' : 'article', { name: shown });
      expect(untranslated(document.body)).toEqual([]);
    });
  }

  it('on a persona’s page', async () => {
    const { workshop, maria } = greekWorkshop();
    openPersona(workshop.id, maria.id);
    render(App);
    await screen.findByRole('main', { name: /Μαρία/ });
    expect(untranslated(document.body)).toEqual([]);
  });

  it('in the export dialog', async () => {
    fakeCore({}, { export_preview: () => ({ pageCount: 9, pages: ['data:image/png;base64,AAAA'] }) });
    words.language = 'pseudo';
    render(ExportDialog, { props: { workshopId: 'w', workshopTitle: 'Επιστροφές', boards: [board('b1', 'Σήμερα')], onclose: () => {} } });
    await screen.findByRole('img');
    expect(untranslated(document.body)).toEqual([]);
  });

  it('in the import dialog, for a file to choose and for a file given', () => {
    fakeCore();
    words.language = 'pseudo';
    const choosing = render(ImportDialog, { props: { onimported: () => {}, onclose: () => {} } });
    expect(untranslated(document.body)).toEqual([]);
    choosing.unmount();
    render(ImportDialog, { props: { given: { name: 'Επιστροφές', text: '' }, onimported: () => {}, onclose: () => {} } });
    expect(untranslated(document.body)).toEqual([]);
  });

  it('in the keyboard shortcuts', () => {
    fakeCore();
    words.language = 'pseudo';
    render(KeyboardShortcuts, { props: { onclose: () => {} } });
    expect(untranslated(document.body)).toEqual([]);
  });

  it('on the problem screen', () => {
    words.language = 'pseudo';
    for (const code of ['store_unusable', 'already_open'] as const) {
      const shown = render(ProblemScreen, { props: { problem: { code, message: 'Η βάση δεδομένων είναι κατεστραμμένη.' }, dataFolder: '/μέσα/εργαστήρια' } });
      expect(untranslated(document.body)).toEqual([]);
      shown.unmount();
    }
  });
});
