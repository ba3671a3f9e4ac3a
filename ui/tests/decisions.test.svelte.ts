// From the room to decisions, in the window: the personas a board follows, who a participant
// is most like, the rated curve per persona, evidence linked to an opportunity, its status and
// target, and the to-be journey compared with the as-is one.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import BoardList from '../src/components/BoardList.svelte';
import ParticipantRow from '../src/components/ParticipantRow.svelte';
import BoardGrid from '../src/components/board/BoardGrid.svelte';
import ComparisonDialog from '../src/components/board/ComparisonDialog.svelte';
import EmotionCurve from '../src/components/board/EmotionCurve.svelte';
import PersonasPicker from '../src/components/board/PersonasPicker.svelte';
import SupportsDialog from '../src/components/board/SupportsDialog.svelte';
import type { BoardSummary, Card, CardDraft, Comparison, StepEmotions } from '../src/lib/bindings';
import { undo } from '../src/lib/history.svelte';
import { BoardState } from '../src/screens/board-state.svelte';
import { boardFixture } from './board-fixture';
import { fakeCore, person, persona } from './fake-core';

const card = (id: string, stepId: string, laneId: string, text: string, kind: Card['kind']): Card => ({
  id, stepId, laneId, orderKey: 'a0', text, kind, source: 'customer', authorId: null, owner: '', metric: '',
  target: '', status: 'idea', credit: { to: 'customer' }, creditedByName: false, createdAt: 1, updatedAt: 1,
});

describe('The personas a board follows', () => {
  it('adds and takes away personas in the order they are ticked, the first whose journey it is', async () => {
    const maya = persona('Maya');
    const sam = persona('Sam');
    const changes: string[][] = [];
    const props = $state({ personas: [maya, sam], chosen: [maya.id], onchange: (next: string[]) => changes.push(next) });
    render(PersonasPicker, { props });
    expect(screen.getByText('Maya', { selector: '.names' })).toBeTruthy();
    await userEvent.click(screen.getByText('Whose journey'));
    await userEvent.click(screen.getByRole('checkbox', { name: /Sam/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Maya/ }));
    expect(changes).toEqual([[maya.id, sam.id], []]);
  });

  it('makes another followed persona the one whose journey it is, keeping the rest', async () => {
    const [maya, sam, ana] = [persona('Maya'), persona('Sam'), persona('Ana')];
    const changes: string[][] = [];
    render(PersonasPicker, { props: { personas: [maya, sam, ana], chosen: [maya.id, sam.id, ana.id], onchange: (next: string[]) => changes.push(next) } });
    await userEvent.click(screen.getByText('Whose journey'));
    expect(screen.queryByRole('button', { name: /Maya’s journey/ }), 'already hers').toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Make it theirs: Ana’s journey' }));
    expect(changes).toEqual([[ana.id, maya.id, sam.id]]);
  });

  it('lets the facilitator say which persona a participant is most like', async () => {
    const core = fakeCore({}, { update_participant: ({ id, draft }) => ({ ...person('Ana', { id: String(id) }), ...(draft as object) }) });
    const commuter = persona('Commuter');
    render(ParticipantRow, { props: { participant: person('Ana'), personas: [commuter, persona('Parent')], onremove: () => {}, onsaved: () => {} } });
    await userEvent.selectOptions(screen.getByLabelText('Most like'), 'Commuter');
    await waitFor(() => expect(core.callsOf('update_participant')).toHaveLength(1));
    expect(core.callsOf('update_participant')[0]?.args.draft).toMatchObject({ name: 'Ana', personaId: commuter.id });
  });
});

describe('The rated curve per persona', () => {
  it('draws one curve per persona with its name and each step’s n, instead of everyone’s', () => {
    const board = boardFixture();
    const steps = board.stages.flatMap((s) => s.steps);
    const spread = (mean: number, count: number) => ({ mean, min: -2, max: 2, stdDev: 1, count });
    const emotions: StepEmotions[] = steps.map((step) => ({
      stepId: step.id, assumed: null, desired: null, rated: spread(0, 5),
      segments: [{ personaId: 'p1', rated: spread(-1.5, 2) }, { personaId: 'p2', rated: spread(1, 3) }],
    }));
    const shown = { assumed: true, rated: true, desired: true };
    const common = { steps, emotions, shown, stepWidth: 200, height: 150, pad: 16, scale: 1, onrate: () => {} };
    const { unmount } = render(EmotionCurve, { props: common });
    expect(screen.getAllByText(/n=5/)).toHaveLength(3);
    unmount();
    render(EmotionCurve, { props: { ...common, segments: [{ personaId: 'p2', name: 'Parent' }, { personaId: 'p1', name: 'Commuter' }] } });
    expect(screen.getByRole('group', { name: 'Rated by customers most like Commuter' })).toBeTruthy();
    expect(screen.getByText('Parent')).toBeTruthy();
    expect(screen.getAllByText('n=2')).toHaveLength(3);
    expect(screen.getAllByText('n=3')).toHaveLength(3);
    const parent = screen.getByRole('group', { name: 'Rated by customers most like Parent' });
    expect(parent.textContent, 'each curve is its own persona’s, whatever the order').toContain('n=3');
    expect(parent.textContent).not.toContain('n=2');
    expect(screen.queryByText(/n=5/), 'everyone’s curve gives way to the personas’').toBeNull();
  });
});

describe('Evidence behind an opportunity', () => {
  function setup() {
    const board = boardFixture();
    board.cards = [
      card('o1', 's2', 'l2', 'A label in one tap', 'opportunity'),
      card('q1', 's2', 'l1', 'I gave up and kept it', 'quote'),
      card('q2', 's1', 'l1', 'Where is the label?', 'quote'),
    ];
    board.emotions = [{ stepId: 's2', assumed: null, desired: null, rated: { mean: -1, min: -2, max: 0, stdDev: 1, count: 3 }, segments: [] }];
    const core = fakeCore({}, { link_evidence: () => null, unlink_evidence: () => null, get_board: () => board });
    const state = new BoardState('w', 'b');
    state.board = board;
    return { core, state };
  }

  it('links the picked cards and their rated steps to the picked opportunity, undoably', async () => {
    const { core, state } = setup();
    state.selected = new Set(['o1', 'q1', 'q2']);
    let closed = false;
    render(SupportsDialog, { props: { board: state, onclose: () => (closed = true) } });
    const opportunity = screen.getByRole('radio', { name: /A label in one tap/ }) as HTMLInputElement;
    expect(opportunity.checked, 'the picked opportunity is the one supported').toBe(true);
    expect(screen.getByRole('checkbox', { name: /How customers rated ‘Checks policy’/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: /How customers rated ‘Unboxes’/ }), 'nobody rated it').toHaveProperty('checked', false);
    await userEvent.click(screen.getByRole('button', { name: 'Link as evidence' }));
    await waitFor(() => expect(closed).toBe(true));
    expect(core.callsOf('link_evidence')[0]?.args).toEqual({
      opportunity: 'o1',
      evidence: [{ card: 'q1' }, { card: 'q2' }, { step: 's2' }],
    });
    await undo();
    expect(core.callsOf('unlink_evidence')[0]?.args).toEqual(core.callsOf('link_evidence')[0]?.args);
  });

  it('counts an opportunity’s evidence on its card, with the sentence on hover', async () => {
    const { state } = setup();
    const board = state.board;
    if (!board) throw new Error('a board');
    state.board = {
      ...board,
      support: [{ opportunityId: 'o1', count: 3, quotes: 2, quotesByName: 0, otherCards: 0, steps: [], summary: '2 of 3 customers rated ‘Checks policy’ −1 or lower; 2 quotes, 0 named with consent' }],
    };
    render(BoardGrid, { props: { board: state, focusStage: null, zoom: 1, onrate: () => {} } });
    const opportunity = screen.getByText('A label in one tap').closest('[data-card]') as HTMLElement;
    expect(within(opportunity).getByText(/3 pieces of evidence/)).toBeTruthy();
    expect(within(opportunity).getByText(/3 pieces of evidence/).closest('[title]')?.getAttribute('title')).toContain('2 of 3 customers');
  });

  it('saves an opportunity’s target and status from its editor', async () => {
    const { state } = setup();
    const core = fakeCore({}, {
      get_board: () => state.board,
      update_card: ({ id, draft }) => ({ ...state.board?.cards.find((c) => c.id === id), ...(draft as CardDraft) }),
    });
    render(BoardGrid, { props: { board: state, focusStage: null, zoom: 1, onrate: () => {} } });
    await userEvent.click(screen.getByText('A label in one tap'));
    await userEvent.keyboard('{Enter}');
    await userEvent.type(screen.getByLabelText('Target'), '60 % by June');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'planned');
    await userEvent.click(document.body);
    await waitFor(() => expect(core.callsOf('update_card')).toHaveLength(1));
    expect(core.callsOf('update_card')[0]?.args.draft).toMatchObject({ target: '60 % by June', status: 'planned' });
  });
});

describe('As-is and to-be', () => {
  it('starts the to-be journey from a board and opens it', async () => {
    const summary = { id: 'b1', title: 'Returns', workshopId: 'w', personaIds: [], basedOn: null, scenario: '', expectations: '', orderKey: 'a0', createdAt: 1, updatedAt: 1, personaNames: ['Maya'], stageTitles: [], stepCount: 3, cardCount: 2 } satisfies BoardSummary;
    const core = fakeCore({}, { start_to_be: () => 'b2', list_boards: () => [summary] });
    render(BoardList, { props: { workshopId: 'w', boards: [summary, { ...summary, id: 'b2', title: 'Returns (to-be)', basedOn: 'b1' }], onchange: async () => {} } });
    expect(screen.getAllByRole('button', { name: 'Start the to-be journey' }), 'not from a to-be board itself').toHaveLength(1);
    expect(screen.getByText('The to-be journey of')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start the to-be journey' }));
    await waitFor(() => expect(core.callsOf('start_to_be')[0]?.args).toEqual({ id: 'b1' }));
  });

  it('shows each step’s fate and the measured change, signed, with how many rated', async () => {
    const spread = (mean: number, count: number) => ({ mean, min: -2, max: 2, stdDev: 1, count });
    const comparison: Comparison = {
      asIs: 'b1', asIsTitle: 'Returns', toBe: 'b2', toBeTitle: 'Returns (to-be)',
      steps: [
        { asIsStep: 'a1', toBeStep: 't1', title: 'Unboxes', was: null, fate: 'kept', before: spread(0, 3), after: spread(0.5, 2), change: 0.5 },
        { asIsStep: 'a2', toBeStep: 't2', title: 'Uses a fit guide', was: 'Checks the size', fate: 'changed', before: spread(-1.5, 4), after: spread(1.5, 4), change: 3 },
        { asIsStep: 'a3', toBeStep: null, title: 'Prints a label', was: null, fate: 'removed', before: spread(-2, 4), after: null, change: null },
        { asIsStep: null, toBeStep: 't4', title: 'Gets a QR code', was: null, fate: 'new', before: null, after: spread(2, 1), change: null },
      ],
    };
    fakeCore({}, { compare_with_as_is: () => comparison });
    render(ComparisonDialog, { props: { boardId: 'b2', onclose: () => {} } });
    const changed = (await screen.findByRole('rowheader', { name: /Uses a fit guide/ })).closest('tr') as HTMLElement;
    expect(within(changed).getByText('Changed')).toBeTruthy();
    expect(within(changed).getByText('was “Checks the size”')).toBeTruthy();
    expect(within(changed).getByText('+3.0')).toBeTruthy();
    expect(within(changed).getByText(/−1\.5 \(n=4\)/)).toBeTruthy();
    const removed = screen.getByRole('rowheader', { name: 'Prints a label' }).closest('tr') as HTMLElement;
    expect(within(removed).getByText('Removed')).toBeTruthy();
    expect(within(removed).getAllByText('—')).toHaveLength(2);
    expect(screen.getByText('New')).toBeTruthy();
  });
});
