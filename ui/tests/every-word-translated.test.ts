// The pseudo-language: every word of the window through the catalogues shows ⟦ácçéñtéd⟧, so a
// word written straight into a component (not translated) stands out as plain Latin letters.
// The workshops' own words are Greek here, so they don't pass for forgotten English.
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../src/App.svelte';
import ComparisonDialog from '../src/components/board/ComparisonDialog.svelte';
import FrameDialog from '../src/components/board/FrameDialog.svelte';
import RatingDialog from '../src/components/board/RatingDialog.svelte';
import SupportsDialog from '../src/components/board/SupportsDialog.svelte';
import ExportDialog from '../src/components/ExportDialog.svelte';
import ImportDialog from '../src/components/ImportDialog.svelte';
import KeyboardShortcuts from '../src/components/KeyboardShortcuts.svelte';
import Notices from '../src/components/Notices.svelte';
import ProblemScreen from '../src/components/ProblemScreen.svelte';
import { facilitation } from '../src/components/room/facilitation.svelte';
import RoomMode from '../src/components/room/RoomMode.svelte';
import RoomReminder from '../src/components/room/RoomReminder.svelte';
import type { Board, BoardSummary, Card, Comparison, PendingNote, RoomStatus } from '../src/lib/bindings';
import { goHome, openBoard, openPersona, openWorkshop, type WorkshopTab } from '../src/lib/navigation.svelte';
import { room } from '../src/lib/room.svelte';
import { words } from '../src/lib/words.svelte';
import { BoardState } from '../src/screens/board-state.svelte';
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
  // A message may hold another (a cell's name in what is said of it): innermost first.
  const unbracketed = (text: string): string => {
    const inner = text.replace(/⟦[^⟦⟧]*⟧/g, '');
    return inner === text ? text : unbracketed(inner);
  };
  return said
    .map((text) => unbracketed(text).replace(KEPT, ''))
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

// A journey board and its room, all in Greek: every kind of card, the curves by persona, a
// moment of truth, evidence, phones and their notes waiting.
const sofia = person('Σοφία');
const traveller = persona('Ταξιδιώτισσα');
// The room's address is data, and Latin letters whatever the language; so is the option
// Feltboard was started with, as it is typed.
const ADDRESS = 'http://192.168.1.20:47474/';
const OPTION = '--room-address 192.168.1.20';

function greekBoard(): Board {
  const step = (id: string, stageId: string, title: string, isMomentOfTruth = false) => ({ id, stageId, title, orderKey: 'a0', isMomentOfTruth, basedOn: null });
  const lane = (id: string, kind: Board['lanes'][number]['kind'], title: string) => ({ id, kind, title, orderKey: 'a0', isHidden: false });
  const card = (id: string, laneId: string, kind: Card['kind'], text: string, extra: Partial<Card> = {}): Card => ({
    id, stepId: 's1', laneId, orderKey: 'a0', text, kind, source: 'customer', authorId: sofia.id, owner: '', metric: '', target: '', status: 'idea',
    credit: { to: 'named', name: 'Σοφία' }, creditedByName: true, createdAt: 1, updatedAt: 1, ...extra,
  });
  const spread = (mean: number, count: number) => ({ mean, min: mean - 1, max: mean + 1, stdDev: 0.5, count });
  return {
    id: 'b', workshopId: 'w', personaIds: [traveller.id], basedOn: 'b0', title: 'Επιστροφές', scenario: 'Επιστρέφει ένα χαλί', expectations: 'Γρήγορα, δωρεάν',
    orderKey: 'a0', createdAt: 1, updatedAt: 1,
    stages: [
      { id: 'g1', title: 'Απόφαση', orderKey: 'a0', steps: [step('s1', 'g1', 'Ανοίγει', true), step('s2', 'g1', 'Ελέγχει')] },
      { id: 'g2', title: 'Αποστολή', orderKey: 'a1', steps: [step('s3', 'g2', 'Παραδίδει')] },
    ],
    lanes: [lane('l1', 'actions', 'Κάνει'), lane('l2', 'feelings', 'Νιώθει'), lane('l3', 'frontstage', 'Μπροστά'), lane('l4', 'backstage', 'Πίσω'), lane('l5', 'opportunities', 'Ευκαιρίες')],
    cards: [
      card('c1', 'l1', 'note', 'Ανοίγει το δέμα'),
      card('c2', 'l1', 'quote', 'Πού είναι η ετικέτα;'),
      card('c3', 'l3', 'pain_point', 'Δεν έχει εκτυπωτή'),
      card('c4', 'l4', 'idea', 'Κωδικός στο κινητό'),
      card('c5', 'l5', 'opportunity', 'Ετικέτα με ένα άγγιγμα', { owner: 'Νίκος', metric: 'Χρόνος', target: 'δύο λεπτά', status: 'planned' }),
    ],
    ratings: [{ id: 'r1', stepId: 's1', curve: 'rated', score: 1, participantId: sofia.id }],
    emotions: [
      { stepId: 's1', assumed: 1, desired: 2, rated: spread(1, 3), segments: [{ personaId: traveller.id, rated: spread(1, 2) }] },
      { stepId: 's2', assumed: -1, desired: 1, rated: spread(-1, 2), segments: [{ personaId: traveller.id, rated: spread(-1, 1) }] },
    ],
    evidence: [],
    support: [{ opportunityId: 'c5', count: 2, quotes: 1, quotesByName: 1, otherCards: 0, steps: [], summary: 'δύο από τρεις πελάτες' }],
  };
}

function roomStatus(extra: Partial<RoomStatus> = {}): RoomStatus {
  return {
    workshopId: 'w', boardId: 'b', url: `${ADDRESS}#4712-5830`, code: '4712-5830', qrSvg: '<svg></svg>', onNetwork: false, addressChosen: true, phones: 3,
    devices: [{ participantId: sofia.id, name: 'Σοφία', phones: 2 }, { participantId: 'p-2', name: 'Γιώργος', phones: 1 }],
    voting: { open: true, budget: 3 }, network: null, networks: [], ...extra,
  };
}

const waiting: PendingNote[] = [
  { id: 'n1', stepId: 's1', laneId: 'l3', participantId: sofia.id, text: 'Να είναι δωρεάν', createdAt: 5 },
  { id: 'n2', stepId: 'gone', laneId: 'gone', participantId: 'p-gone', text: 'Πιο γρήγορα', createdAt: 6 },
];

/** The fake core of a Greek workshop with the board `b`, its room open. */
function greekCore(overrides: Parameters<typeof fakeCore>[1] = {}) {
  const board = greekBoard();
  return fakeCore({ workshops: [summary('Επιστροφές')], participants: [sofia], personas: [traveller] }, {
    window_language: () => 'pseudo',
    get_board: () => board,
    room_status: () => roomStatus(),
    open_room: () => roomStatus(),
    pending_notes: () => waiting,
    card_votes: () => ({ c1: 2 }),
    ...overrides,
  });
}

/** A board as the editor holds it, Greek, for the components shown without the editor. */
function greekState(): BoardState {
  const state = new BoardState('w', 'b');
  state.board = greekBoard();
  state.participants = [sofia];
  state.personas = [traveller];
  return state;
}

describe('every word of the board and the room comes from the catalogues', () => {
  afterEach(() => {
    goHome();
    facilitation.reset();
    room.status = null;
    room.notes = [];
    room.votes = {};
    words.language = 'en';
  });

  it('on a board with its room open: the tools, the grid, its cards and curves, picked cards, the card editor and the capture field', async () => {
    const core = greekCore();
    render(App);
    await screen.findByRole('article', { name: 'Επιστροφές' });
    openBoard(core.workshops[0]?.id ?? '', 'b');
    const grid = await screen.findByRole('grid');
    await screen.findByText('Να είναι δωρεάν');
    // The rated curve for each persona the board follows.
    await userEvent.selectOptions(document.querySelector('select.rated-by') as HTMLSelectElement, 'each persona');
    expect(untranslated(document.body)).toEqual([OPTION, ADDRESS]);

    await userEvent.click(screen.getByText('Ετικέτα με ένα άγγιγμα'));
    await userEvent.keyboard('{Enter}');
    await screen.findByDisplayValue('Νίκος');
    expect(untranslated(document.body), 'a card picked and edited').toEqual([OPTION, ADDRESS]);

    await userEvent.keyboard('{Escape}');
    grid.focus();
    await userEvent.keyboard('{Escape}λ');
    await screen.findByDisplayValue('λ');
    expect(untranslated(document.body), 'typing a card').toEqual([OPTION, ADDRESS]);

    // The room on a network it found, with others to pick and the help for phones that can't join.
    const wifi = { interface: 'wlan0', kind: 'wifi', ip: '192.168.1.20' } as const;
    room.status = roomStatus({ addressChosen: false, onNetwork: true, network: wifi, networks: [wifi, { interface: 'tun0', kind: 'vpn', ip: '10.8.0.5' }] });
    await userEvent.click(await screen.findByText(/Phöñés çáñ’t jöíñ/));
    expect(untranslated(document.body), 'the room’s network, its picker and help').toEqual([ADDRESS]);
  });

  it('in the board’s dialogs: its frame, rating a step, evidence, and the comparison with the as-is journey', async () => {
    // A step changed (with what it was) and one new, rated on both sides or on one.
    const rated = { mean: 1, min: 0, max: 2, stdDev: 1, count: 2 };
    const comparison: Comparison = { asIs: 'b0', asIsTitle: 'Επιστροφές', toBe: 'b', toBeTitle: 'Επιστροφές αύριο', steps: [
      { asIsStep: 'a1', toBeStep: 's1', title: 'Ανοίγει', was: 'Ψάχνει', fate: 'changed', before: rated, after: rated, change: 0 },
      { asIsStep: null, toBeStep: 's3', title: 'Παραδίδει', was: null, fate: 'new', before: null, after: rated, change: null },
    ] };
    greekCore({ compare_with_as_is: () => comparison });
    words.language = 'pseudo';
    const state = greekState();
    const step = state.steps[0];
    if (!step) throw new Error('a step');
    state.selected = new Set(['c2', 'c5']);
    const dialogs = [
      () => render(FrameDialog, { props: { board: state, onclose: () => {} } }),
      () => render(RatingDialog, { props: { step, participants: [sofia], scoreOf: () => 1, onrate: () => {}, onmoment: () => {}, onclose: () => {} } }),
      () => render(SupportsDialog, { props: { board: state, onclose: () => {} } }),
      () => render(ComparisonDialog, { props: { boardId: 'b', onclose: () => {} } }),
    ];
    for (const open of dialogs) {
      open();
      await waitFor(() => expect(document.querySelector('table, fieldset, [role="radiogroup"], ol')).toBeTruthy());
      await tick();
      expect(untranslated(document.body)).toEqual([]);
      cleanup();
    }
  });

  it('in room mode, with its keys, how to join and its notices, and the reminder away from the board', async () => {
    greekCore();
    words.language = 'pseudo';
    await room.open('b');
    const state = greekState();
    const later = { ...state.board?.cards[0], id: 'c9', text: 'Γράφτηκε σιωπηλά', createdAt: Number.MAX_SAFE_INTEGER } as Card;
    state.board = { ...greekBoard(), cards: [...greekBoard().cards, later] };
    render(Notices);
    render(RoomMode, { props: { board: state, onleave: () => {} } });
    // Silent writing, the dots revealed, the timer, the keys and how to join.
    await userEvent.keyboard('wrt?j');
    await screen.findByText('4712-5830', { selector: '.join .code' });
    expect(untranslated(document.body)).toEqual([ADDRESS]);
    cleanup();

    render(RoomReminder);
    expect(untranslated(document.body), 'the reminder').toEqual([]);
  });
});
