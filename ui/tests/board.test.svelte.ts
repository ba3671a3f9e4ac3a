import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import BoardGrid from '../src/components/board/BoardGrid.svelte';
import FrameDialog from '../src/components/board/FrameDialog.svelte';
import Notices from '../src/components/Notices.svelte';
import BoardEditor from '../src/screens/BoardEditor.svelte';
import type { Card, CardDraft } from '../src/lib/bindings';
import { BoardState } from '../src/screens/board-state.svelte';
import { boardFixture as fixture } from './board-fixture';
import { fakeCore, refusal, summary } from './fake-core';


function setup(overrides: Parameters<typeof fakeCore>[1] = {}) {
  let n = 0;
  const core = fakeCore({}, {
    // The core decides a card's kind and source; here every card is a team note.
    add_spoken_card: ({ stepId, laneId, text }): Card => ({
      id: `c${++n}`,
      stepId: String(stepId),
      laneId: String(laneId),
      orderKey: 'a0',
      createdAt: 1,
      updatedAt: 1,
      text: String(text),
      kind: 'note',
      source: 'team',
      authorId: null,
      owner: '',
      metric: '',
      target: '',
      status: 'idea',
      creditedByName: false,
      credit: { to: 'team' },
    }),
    get_board: () => state.board,
    // The cards of the cell they went to, as the core gives them (here, only the moved ones).
    move_cards: ({ ids, stepId, laneId }) =>
      (state.board?.cards ?? []).filter((c) => (ids as string[]).includes(c.id)).map((c) => ({ ...c, stepId: String(stepId), laneId: String(laneId) })),
    move_stage: () => null,
    move_step: () => null,
    move_lane: () => null,
    delete_cards: () => null,
    update_card: ({ id, draft }) => {
      const board = state.board;
      if (board) board.cards = board.cards.map((c) => (c.id === id ? { ...c, ...(draft as CardDraft) } : c));
      return board?.cards.find((c) => c.id === id);
    },
    ...overrides,
  });
  const state = new BoardState('w', 'b');
  state.board = fixture();
  render(BoardGrid, { props: { board: state, focusStage: null, zoom: 1, onrate: () => {} } });
  const grid = screen.getByRole('grid');
  const current = () => screen.getAllByRole('gridcell').find((c) => c.getAttribute('aria-selected') === 'true')?.getAttribute('data-cell');
  return { core, state, grid, current };
}

describe('Board keyboard capture', () => {
  it('types cards into the picked cell: Enter for the next card, Tab for the next cell', async () => {
    const { core, grid, current } = setup();
    grid.focus();
    expect(current()).toBe('Unboxes, Does');
    await userEvent.keyboard('Opens the parcel{Enter}');
    await userEvent.keyboard('Lays the rug out{Tab}');
    await userEvent.keyboard('Searches the FAQ{Escape}');
    await waitFor(() => expect(core.callsOf('add_spoken_card')).toHaveLength(3));
    expect(core.callsOf('add_spoken_card').map((c) => [c.args.stepId, c.args.laneId, c.args.text])).toEqual([
      ['s1', 'l1', 'Opens the parcel'],
      ['s1', 'l1', 'Lays the rug out'],
      ['s2', 'l1', 'Searches the FAQ'],
    ]);
    expect(await screen.findByText('Lays the rug out')).toBeTruthy();
    expect(document.activeElement).toBe(grid);
  });

  it('keeps what is typed while a card is saved, and the text of a card the core refused', async () => {
    const answers: ((card: Card) => void)[] = [];
    let refuse = false;
    const { core, grid } = setup({
      add_spoken_card: ({ stepId, laneId, text }) => {
        if (refuse) throw refusal('The card could not be saved.');
        return new Promise<Card>((saved) => answers.push(saved)).then((card) => ({ ...card, stepId: String(stepId), laneId: String(laneId), text: String(text) }));
      },
    });
    const saved = (id: string): Card => ({
      id, stepId: '', laneId: '', orderKey: 'a0', createdAt: 1, updatedAt: 1, text: '', kind: 'note', source: 'team', authorId: null,
      owner: '', metric: '', target: '', status: 'idea', creditedByName: false, credit: { to: 'team' },
    });
    render(Notices);
    grid.focus();
    await userEvent.keyboard('Opens the parcel{Enter}');
    // The next card is typed, and Enter pressed, before the first is saved.
    await userEvent.keyboard('Lays{Enter}');
    const field = () => screen.getByRole('textbox', { name: /New card in/ }) as HTMLTextAreaElement;
    expect(field().value).toBe('Opens the parcelLays');
    answers[0]?.(saved('c8'));
    expect(await screen.findByText('Opens the parcel')).toBeTruthy();
    await waitFor(() => expect(answers).toHaveLength(2));
    answers[1]?.(saved('c9'));
    expect(await screen.findByText('Lays')).toBeTruthy();
    await waitFor(() => expect(field().value).toBe(''));
    expect(core.callsOf('add_spoken_card').map((c) => c.args.text), 'each card once, none dropped').toEqual(['Opens the parcel', 'Lays']);

    refuse = true;
    await userEvent.keyboard('Rolls it up{Enter}');
    expect(await screen.findByText('The card could not be saved.')).toBeTruthy();
    expect(field().value, 'nothing typed is lost').toBe('Rolls it up');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(field().value, 'Escape keeps it too').toBe('Rolls it up'));
  });

  it('sends what is typed with who is speaking, for the core to make the card', async () => {
    const { core, state, grid } = setup();
    state.participants = [{ id: 'p1', workshopId: 'w', name: 'Maya', kind: 'customer', quoteByName: true, colour: '#0072b2', orderKey: 'a0', createdAt: 1, updatedAt: 1 }];
    state.speaker = 'p1';
    grid.focus();
    await userEvent.keyboard('{ArrowDown}No printer at home{Enter}');
    await waitFor(() => expect(core.callsOf('add_spoken_card')).toHaveLength(1));
    expect(core.callsOf('add_spoken_card')[0]?.args).toMatchObject({ text: 'No printer at home', speaker: { participant: 'p1' } });
  });

  it('moves the cursor with the arrows and Tab, wrapping to the next lane', async () => {
    const { grid, current } = setup();
    grid.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(current()).toBe('Drops it off, Does');
    await userEvent.keyboard('{Tab}');
    expect(current()).toBe('Unboxes, Pain points');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{ArrowUp}');
    expect(current()).toBe('Drops it off, Does');
  });

  it('moves a selected card to the next cell with Alt+Right, and deletes with Delete', async () => {
    const { core, grid } = setup();
    grid.focus();
    await userEvent.keyboard('Card{Escape}');
    await userEvent.click(await screen.findByText('Card'));
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() => expect(core.callsOf('move_cards')).toHaveLength(1));
    expect(core.callsOf('move_cards')[0]?.args).toMatchObject({ ids: ['c1'], stepId: 's2', laneId: 'l1', index: null });
    // Shown in its new cell from what the move gave back: the board is not read again.
    const moved = () => screen.getByText('Card').closest('[role="gridcell"]')?.getAttribute('data-cell');
    await waitFor(() => expect(moved()).toBe('Checks policy, Does'));
    expect(core.callsOf('get_board')).toHaveLength(0);
    await userEvent.keyboard('{Delete}');
    await waitFor(() => expect(core.callsOf('delete_cards')).toHaveLength(1));
    expect(core.callsOf('delete_cards')[0]?.args).toMatchObject({ ids: ['c1'] });
  });
});

describe('Editing a card', () => {
  const lastEdit = (core: ReturnType<typeof setup>['core']) => core.callsOf('update_card').at(-1)?.args.draft as CardDraft | undefined;

  it('keeps the owner and metric typed in it when the editor is left by a click, and takes clicks in its fields', async () => {
    const { core, grid } = setup();
    grid.focus();
    await userEvent.keyboard('Card{Escape}');
    await userEvent.click(await screen.findByText('Card'));
    await userEvent.keyboard('{Enter}');
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'opportunity');
    const owner = screen.getByLabelText('Owner');
    await userEvent.click(owner);
    expect(document.activeElement, 'the click stays in the field').toBe(owner);
    await userEvent.type(owner, 'Ana');
    await userEvent.click(screen.getByLabelText('Metric'));
    expect(screen.getByLabelText('Owner'), 'moving within the editor keeps it open').toBeTruthy();
    await userEvent.type(screen.getByLabelText('Metric'), 'Returns down a fifth');
    await userEvent.click(document.body);
    await waitFor(() => expect(lastEdit(core)).toMatchObject({ kind: 'opportunity', owner: 'Ana', metric: 'Returns down a fifth' }));
    expect(screen.queryByLabelText('Owner'), 'leaving closes the editor').toBeNull();
  });

  it('keeps what was typed when the editor is closed with Escape', async () => {
    const { core, grid } = setup();
    grid.focus();
    await userEvent.keyboard('Card{Escape}');
    await userEvent.click(await screen.findByText('Card'));
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Control>}a{/Control}Card, said better{Escape}');
    await waitFor(() => expect(lastEdit(core)).toMatchObject({ text: 'Card, said better' }));
    expect(document.activeElement).toBe(grid);
  });
});

describe('Board headers', () => {
  /** Drags `from` onto `onto` as a pointer would. */
  async function drag(from: HTMLElement, onto: HTMLElement) {
    const dataTransfer = { setData: () => {}, effectAllowed: '' };
    await fireEvent.dragStart(from, { dataTransfer });
    await fireEvent.dragOver(onto, { dataTransfer });
    await fireEvent.drop(onto, { dataTransfer });
    await fireEvent.dragEnd(from, { dataTransfer });
  }
  const header = (name: string) => screen.getAllByRole('columnheader').concat(screen.getAllByRole('rowheader')).find((h) => h.textContent?.includes(name)) as HTMLElement;

  it('moves a stage, a step (into another stage) and a lane by dragging its header onto another', async () => {
    const { core } = setup();
    await drag(header('Sending'), header('Deciding'));
    await drag(header('Drops it off'), header('Checks policy'));
    await drag(header('Does'), header('Pain points'));
    await waitFor(() => expect(core.callsOf('move_lane')).toHaveLength(1));
    expect(core.callsOf('move_stage')[0]?.args).toEqual({ id: 'g2', index: 0 });
    expect(core.callsOf('move_step')[0]?.args).toEqual({ id: 's3', stageId: 'g1', index: 1 });
    expect(core.callsOf('move_lane')[0]?.args).toEqual({ id: 'l1', index: 1 });
  });

  it('ignores a header dropped on a cell or on a header of another kind, and a card dropped on a header', async () => {
    const { core, grid } = setup();
    grid.focus();
    await userEvent.keyboard('Card{Escape}');
    await userEvent.click(await screen.findByText('Card'));
    await drag(header('Sending'), header('Unboxes'));
    await drag(header('Does'), screen.getAllByRole('gridcell')[2] as HTMLElement);
    await drag(screen.getByText('Card'), header('Deciding'));
    expect(core.callsOf('move_stage')).toHaveLength(0);
    expect(core.callsOf('move_step')).toHaveLength(0);
    expect(core.callsOf('move_lane')).toHaveLength(0);
    expect(core.callsOf('move_cards')).toHaveLength(0);
  });
});

describe('A board that is gone', () => {
  it('says so to the screen, which leaves it, when the board was taken away', async () => {
    fakeCore({}, {
      get_board: () => {
        throw { code: 'not_found', message: 'The board was not found.' };
      },
      list_participants: () => [],
      list_personas: () => [],
    });
    const state = new BoardState('w', 'b');
    await state.load();
    expect(state.gone).toBe(true);
  });
});

describe('The board’s frame', () => {
  it('wraps a long lane name instead of cutting it, and Enter keeps the name on one line', async () => {
    const core = fakeCore({}, { rename_lane: () => null, get_board: () => state.board });
    const state = new BoardState('w', 'b');
    state.board = fixture();
    render(FrameDialog, { props: { board: state, onclose: () => {} } });
    const lane = screen.getByLabelText('Lane 1') as HTMLTextAreaElement;
    expect(lane.tagName, 'a field that wraps').toBe('TEXTAREA');
    await userEvent.clear(lane);
    await userEvent.type(lane, 'Touchpoints and channels, online and in the shop{Enter}');
    await waitFor(() => expect(core.callsOf('rename_lane').at(-1)?.args).toMatchObject({ title: 'Touchpoints and channels, online and in the shop' }));
    expect(lane.value).not.toContain('\n');
  });
});

describe('The board’s tools', () => {
  it('go back to the board with Enter or Escape once the speaker is chosen', async () => {
    const workshop = summary('Returns');
    fakeCore({ workshops: [workshop] }, { get_board: () => fixture(), list_boards: () => [], room_status: () => null });
    render(BoardEditor, { props: { workshopId: workshop.id, boardId: 'b' } });
    const grid = await screen.findByRole('grid');
    const speaker = screen.getByTitle(/New cards are credited to them/);
    for (const key of ['{Escape}', '{Enter}']) {
      speaker.focus();
      await userEvent.selectOptions(speaker, 'research');
      await userEvent.keyboard(key);
      expect(document.activeElement, key).toBe(grid);
    }
  });
});
