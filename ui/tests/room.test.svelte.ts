import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RoomMode from '../src/components/room/RoomMode.svelte';
import RoomPanel from '../src/components/room/RoomPanel.svelte';
import RoomReminder from '../src/components/room/RoomReminder.svelte';
import { goHome, navigation } from '../src/lib/navigation.svelte';
import { Countdown } from '../src/components/room/countdown.svelte';
import { facilitation } from '../src/components/room/facilitation.svelte';
import Notices from '../src/components/Notices.svelte';
import type { Card, Network, PendingNote, RoomStatus } from '../src/lib/bindings';
import { room } from '../src/lib/room.svelte';
import { BoardState } from '../src/screens/board-state.svelte';
import { boardFixture } from './board-fixture';
import { fakeCore, person } from './fake-core';

const ana = person('Ana');
const wifi: Network = { interface: 'wlp2s0', kind: 'wifi', ip: '192.168.1.20' };
const cable: Network = { interface: 'enp3s0', kind: 'cable', ip: '10.0.0.4' };
const vpn: Network = { interface: 'tun0', kind: 'vpn', ip: '10.8.0.5' };

function status(extra: Partial<RoomStatus> = {}): RoomStatus {
  return {
    workshopId: 'w', boardId: 'b', url: 'http://192.168.1.20:47474/#7HTT-ES0R', code: '7HTT-ES0R', qrSvg: '<svg></svg>', onNetwork: true, addressChosen: false, phones: 2,
    devices: [{ participantId: ana.id, name: 'Ana', phones: 1 }, { participantId: 'p-bo', name: 'Bo', phones: 1 }],
    voting: { open: false, budget: 3 }, network: wifi, networks: [wifi, cable, vpn], ...extra,
  };
}

const note = (id: string, text: string): PendingNote => ({ id, stepId: 's3', laneId: 'l2', participantId: ana.id, text, createdAt: 5 });

const card = (id: string, text: string, createdAt: number, kind: Card['kind'] = 'pain_point'): Card => ({
  id, stepId: 's1', laneId: 'l2', orderKey: 'a0', text, kind, source: 'customer', authorId: null, owner: '', metric: '', target: '', status: 'idea', credit: { to: 'customer' }, creditedByName: false, createdAt, updatedAt: createdAt,
});

function boardState(cards: Card[] = []) {
  const board = new BoardState('w', 'b');
  board.board = { ...boardFixture(), cards };
  board.participants = [ana];
  return board;
}

async function openRoom(notes: PendingNote[], overrides = {}) {
  let current = status();
  const queue = [...notes];
  const core = fakeCore({ participants: [ana] }, {
    open_room: () => current,
    room_status: () => current,
    // As the core: in queue order, only those after `after` when given.
    pending_notes: ({ after }) => {
      const place = after as { createdAt: number; id: string } | null;
      const at = (n: PendingNote) => n.createdAt;
      const later = (n: PendingNote) => !place || at(n) > place.createdAt || (at(n) === place.createdAt && n.id > place.id);
      return [...queue].sort((a, b) => at(a) - at(b) || a.id.localeCompare(b.id)).filter(later);
    },
    card_votes: () => ({}),
    approve_note: ({ id }) => {
      queue.splice(queue.findIndex((n) => n.id === id), 1);
      return 'card';
    },
    approve_notes: ({ ids }) => (ids as string[]).map((id) => {
      queue.splice(queue.findIndex((n) => n.id === id), 1);
      return `card-${id}`;
    }),
    delete_cards: () => null,
    reject_note: ({ id }) => queue.splice(queue.findIndex((n) => n.id === id), 1)[0],
    requeue_note: ({ note: back }) => void queue.push(back as PendingNote),
    set_voting: ({ voting }) => (current = status({ voting: voting as RoomStatus['voting'] })),
    remove_device: ({ participantId }) => (current = status({ phones: 1, devices: current.devices.filter((d) => d.participantId !== participantId) })),
    close_room: () => null,
    ...overrides,
  });
  await room.open('b');
  return core;
}

afterEach(() => {
  room.status = null;
  room.notes = [];
  room.votes = {};
});

describe('The room beside the board', () => {
  it('shows how to join and lets the facilitator approve, edit, reject (with undo) and approve all', async () => {
    const core = await openRoom([note('n1', 'No printer at home'), note('n2', 'Label in Dutch'), note('n3', 'Which box?')]);
    render(Notices);
    render(RoomPanel, { props: { board: boardState(), onroommode: () => {} } });
    expect(screen.getByLabelText('Join code').textContent).toBe('7HTT-ES0R');
    expect(screen.getByText('2 phones have joined')).toBeTruthy();
    const queue = screen.getByRole('region', { name: 'Waiting notes' });
    expect(within(queue).getAllByRole('listitem')).toHaveLength(3);
    expect(within(queue).getAllByText('Drops it off · Pain points')).toHaveLength(3);

    const first = screen.getAllByRole('listitem', { name: 'Note from Ana' })[0] as HTMLElement;
    await userEvent.click(within(first).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(core.callsOf('approve_note').at(-1)?.args).toEqual({ id: 'n1', edited: null }));

    await waitFor(() => expect(within(queue).getAllByRole('listitem')).toHaveLength(2));
    const second = within(queue).getAllByRole('listitem')[0] as HTMLElement;
    await userEvent.click(within(second).getByRole('button', { name: 'Edit' }));
    const editor = within(second).getByLabelText('Edit the note');
    await userEvent.clear(editor);
    await userEvent.type(editor, 'The label is in Dutch only');
    await userEvent.click(within(second).getByRole('button', { name: 'Approve edited' }));
    await waitFor(() => expect(core.callsOf('approve_note').at(-1)?.args).toEqual({ id: 'n2', edited: 'The label is in Dutch only' }));

    await waitFor(() => expect(within(queue).getAllByRole('listitem')).toHaveLength(1));
    await userEvent.click(within(queue).getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(within(queue).queryAllByRole('listitem')).toHaveLength(0));
    expect(screen.getByText('Notes sent from phones wait here until you approve them.')).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(queue).getAllByRole('listitem')).toHaveLength(1));
    expect(core.callsOf('requeue_note')).toHaveLength(1);
  });

  it('catches up with only the notes that are new, keeping those it has', async () => {
    const core = await openRoom([note('n1', 'No printer at home'), note('n2', 'Label in Dutch')]);
    expect(room.notes.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(core.callsOf('pending_notes').at(-1)?.args).toMatchObject({ after: null });
    await room.catchUp();
    expect(core.callsOf('pending_notes').at(-1)?.args).toMatchObject({ after: { createdAt: 5, id: 'n2' } });
    expect(room.notes.map((n) => n.id), 'nothing read twice').toEqual(['n1', 'n2']);
  });

  it('lists who the phones speak for and sends one away', async () => {
    const core = await openRoom([]);
    render(Notices);
    render(RoomPanel, { props: { board: boardState(), onroommode: () => {} } });
    await userEvent.click(screen.getByText('2 phones have joined'));
    const phones = screen.getByRole('list', { name: 'Phones in the room' });
    expect(within(phones).getAllByRole('listitem').map((li) => li.textContent?.replace('Send away', '').trim())).toEqual(['Ana', 'Bo']);
    await userEvent.click(screen.getByRole('button', { name: 'Send Bo’s phone away' }));
    await waitFor(() => expect(core.callsOf('remove_device')[0]?.args).toEqual({ participantId: 'p-bo' }));
    expect(await screen.findByText('1 phone has joined')).toBeTruthy();
    expect(await screen.findByText('Bo’s phone left the room')).toBeTruthy();
  });

  it('approves everything waiting at once, and opens voting with the budget chosen', async () => {
    const core = await openRoom([note('n1', 'One'), note('n2', 'Two')]);
    render(RoomPanel, { props: { board: boardState(), onroommode: () => {} } });
    render(Notices);
    await userEvent.click(screen.getByRole('button', { name: 'Approve all' }));
    await waitFor(() => expect(core.callsOf('approve_notes').at(-1)?.args).toEqual({ ids: ['n1', 'n2'] }));
    expect(await screen.findByText('Approved 2 notes')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(core.callsOf('requeue_note')).toHaveLength(2));
    expect(core.callsOf('delete_cards').at(-1)?.args).toEqual({ ids: ['card-n1', 'card-n2'] });
    const budget = screen.getByLabelText('Dots per person');
    await userEvent.clear(budget);
    await userEvent.type(budget, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Open voting' }));
    await waitFor(() => expect(core.callsOf('set_voting').at(-1)?.args).toEqual({ voting: { open: true, budget: 5 } }));
    expect(await screen.findByText('Voting is open: 5 dots each.')).toBeTruthy();
  });

  it('closes the room and says what still waits for the facilitator', async () => {
    const core = await openRoom([note('n1', 'Late thought')]);
    render(Notices);
    render(RoomPanel, { props: { board: boardState(), onroommode: () => {} } });
    await userEvent.click(screen.getByRole('button', { name: 'Close the room' }));
    expect(await screen.findByText(/1 note waits for you/)).toBeTruthy();
    expect(core.callsOf('close_room')).toHaveLength(1);
    expect(screen.queryByRole('complementary', { name: 'The room' })).toBeNull();
  });

  it('puts the caret in a waiting note when the facilitator edits it', async () => {
    await openRoom([note('n1', 'The printer had no ink')]);
    render(RoomPanel, { props: { board: boardState(), onroommode: () => {} } });
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Edit the note' }));
  });

  it('says which network the room is on, and moves it to the one the facilitator picks', async () => {
    const core = await openRoom([], {
      move_room: ({ ip }: { ip: string }) => status({ url: `http://${ip}:47474/#7HTT-ES0R`, network: cable }),
    });
    render(Notices);
    render(RoomPanel, { props: { board: boardState(), onroommode: () => {} } });
    const picker = screen.getByRole('combobox', { name: 'Network' }) as HTMLSelectElement;
    expect(picker.selectedOptions[0]?.textContent, 'the list says which network the room is on').toBe('Wi-Fi · 192.168.1.20');
    expect([...picker.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Wi-Fi · 192.168.1.20', 'Cable · 10.0.0.4', 'VPN · 10.8.0.5']);
    await userEvent.selectOptions(picker, '10.0.0.4');
    expect(core.callsOf('move_room')[0]?.args).toEqual({ ip: '10.0.0.4' });
    expect(await screen.findByText('The room is now on Cable · 10.0.0.4: phones scan the new code and join again, keeping their dots.')).toBeTruthy();
    expect(screen.getByText('http://10.0.0.4:47474/')).toBeTruthy();
  });

  it('says which network the room is on when there is no other', async () => {
    const only = status({ networks: [wifi] });
    await openRoom([], { open_room: () => only, room_status: () => only });
    render(RoomPanel, { props: { board: boardState(), onroommode: () => {} } });
    expect(screen.getByText('On Wi-Fi · 192.168.1.20')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Network' })).toBeNull();
  });

  it('says when the laptop has left the room’s network, and offers the others', async () => {
    const left = status({ network: null, networks: [cable] });
    await openRoom([], { open_room: () => left, room_status: () => left });
    render(RoomPanel, { props: { board: boardState(), onroommode: () => {} } });
    expect(screen.getByRole('alert').textContent).toContain('This laptop has left 192.168.1.20');
    expect(screen.getByRole('combobox', { name: 'Network' })).toBeTruthy();
  });

  it('tells what to check when phones can’t join', async () => {
    await openRoom([]);
    render(RoomPanel, { props: { board: boardState(), onroommode: () => {} } });
    await userEvent.click(screen.getByText('Phones can’t join?'));
    expect(screen.getByText(/client isolation/)).toBeTruthy();
  });

  it('warns when the laptop is on no network', async () => {
    const alone = status({ onNetwork: false, network: null, networks: [], url: 'http://127.0.0.1:47474/#7HTT-ES0R' });
    await openRoom([], { open_room: () => alone, room_status: () => alone });
    render(RoomPanel, { props: { board: boardState(), onroommode: () => {} } });
    expect(screen.getByRole('alert').textContent).toMatch(/no network/);
  });

  it('says only this laptop can join when Feltboard was started on a loopback room address', async () => {
    const chosen = status({ onNetwork: false, addressChosen: true, network: null, url: 'http://127.0.0.1:47474/#7HTT-ES0R' });
    await openRoom([], { open_room: () => chosen, room_status: () => chosen });
    render(RoomPanel, { props: { board: boardState(), onroommode: () => {} } });
    const panel = screen.getByRole('complementary', { name: 'The room' });
    expect(panel.textContent).toContain('Only this laptop can join: Feltboard was started with --room-address 127.0.0.1.');
    expect(screen.queryByRole('alert'), 'a choice the facilitator made is no alarm').toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Network' }), 'and the flag wins over the picker').toBeNull();
  });
});

describe('The reminder elsewhere in the app', () => {
  it('says the room is open and what waits, and leads back to its board', async () => {
    await openRoom([note('n1', 'Late thought')]);
    goHome();
    render(RoomReminder);
    expect(screen.getByRole('status').textContent).toContain('The room is open · 1 waiting');
    await userEvent.click(screen.getByRole('button', { name: 'Back to the room' }));
    expect(navigation.screen).toEqual({ name: 'board', workshopId: 'w', boardId: 'b' });
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('Room mode', () => {
  afterEach(() => facilitation.reset());

  it('moves between stages, hides new notes while writing is silent, reveals dots, and Esc leaves', async () => {
    await openRoom([]);
    room.votes = { c1: 3 };
    const board = boardState([card('c1', 'No printer', 1)]);
    const onleave = vi.fn();
    render(RoomMode, { props: { board, onleave } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Deciding');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sending');
    await userEvent.keyboard('a');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The whole journey');
    await userEvent.keyboard('a');
    expect(screen.getByRole('heading', { level: 1 }).textContent, 'back to the stage it was on').toBe('Sending');
    await userEvent.keyboard('{ArrowLeft}');

    expect(screen.queryByLabelText('3 dots')).toBeNull();
    await userEvent.keyboard('r');
    expect(screen.getByLabelText('3 dots')).toBeTruthy();

    await userEvent.keyboard('w');
    expect(screen.getByText('✎ Silent writing')).toBeTruthy();
    board.board = { ...board.board!, cards: [...board.board!.cards, card('c2', 'Written in silence', Date.now() + 1)] };
    await waitFor(() => expect(screen.getByLabelText('A note, hidden until it is revealed')).toBeTruthy());
    expect(screen.queryByText('Written in silence')).toBeNull();
    expect(screen.getByText('No printer')).toBeTruthy();
    await userEvent.keyboard('w');
    expect(await screen.findByText('Written in silence')).toBeTruthy();

    await userEvent.keyboard('j');
    expect(screen.getByRole('dialog', { name: 'Join from your phone' })).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    expect(onleave).toHaveBeenCalledOnce();
  });

  it('opens voting with V and says how many dots are placed, without showing them', async () => {
    const core = await openRoom([], { card_votes: () => ({ c1: 2, c9: 1 }) });
    render(RoomMode, { props: { board: boardState([card('c1', 'No printer', 1)]), onleave: () => {} } });
    await userEvent.keyboard('v');
    await waitFor(() => expect(core.callsOf('set_voting').at(-1)?.args).toEqual({ voting: { open: true, budget: 3 } }));
    expect(await screen.findByText('● Voting · 3 dots each · 3 placed')).toBeTruthy();
    expect(screen.queryByLabelText('2 dots')).toBeNull();
  });
});

describe('Room mode on a projector', () => {
  afterEach(() => {
    facilitation.reset();
    window.innerWidth = 1024;
  });

  it('grows the type with the screen: a stage reads from the back of the room at 1080p', async () => {
    window.innerWidth = 1920;
    render(RoomMode, { props: { board: boardState([card('c1', 'No printer', 1)]), onleave: () => {} } });
    const room = screen.getByRole('region', { name: 'Room mode' });
    const px = () => parseFloat(room.style.getPropertyValue('--type'));
    await waitFor(() => expect(px()).toBeGreaterThanOrEqual(28));
    const columns = room.querySelector<HTMLElement>('.grid')?.style.gridTemplateColumns ?? '';
    const [, count, width] = /repeat\((\d+), ([\d.]+)px\)/.exec(columns) ?? [];
    expect(Number(count) * Number(width), 'the stage fills the projector’s width').toBeGreaterThan(1920 * 0.75);
  });
});

describe('Leaving room mode and coming back', () => {
  afterEach(() => facilitation.reset());

  it('keeps silent writing (a note approved meanwhile stays face down), the dots shown and the timer running', async () => {
    await openRoom([]);
    room.votes = { c1: 3 };
    const board = boardState([card('c1', 'No printer', 1)]);
    const first = render(RoomMode, { props: { board, onleave: () => {} } });
    await userEvent.keyboard('wrt');
    first.unmount();
    // Meanwhile, at the board, the facilitator approves a phone's note.
    board.board = { ...board.board!, cards: [...board.board!.cards, card('c2', 'From a phone', Date.now() + 1)] };
    render(RoomMode, { props: { board, onleave: () => {} } });
    expect(screen.getByText('✎ Silent writing')).toBeTruthy();
    expect(screen.getByLabelText('A note, hidden until it is revealed')).toBeTruthy();
    expect(screen.queryByText('From a phone')).toBeNull();
    expect(screen.getByLabelText('3 dots'), 'the dots are still revealed').toBeTruthy();
    expect(screen.getByRole('timer').textContent).toMatch(/\d:\d\d/);
    expect(facilitation.countdown.running, 'the timer went on running').toBe(true);
  });
});

describe('The countdown', () => {
  it('starts at five minutes, pauses, takes extra minutes, and ends once', () => {
    let now = 0;
    const countdown = new Countdown(() => now);
    countdown.toggle();
    expect(countdown.display).toBe('5:00');
    now = 90_000;
    countdown.tick();
    expect(countdown.display).toBe('3:30');
    countdown.toggle();
    now = 500_000;
    countdown.tick();
    expect(countdown.display).toBe('3:30');
    countdown.add(60);
    expect(countdown.display).toBe('4:30');
    countdown.toggle();
    now += 270_000;
    countdown.tick();
    expect(countdown.ended).toBe(true);
    expect(countdown.running).toBe(false);
    countdown.toggle();
    expect(countdown.display).toBe('6:00');
    countdown.stop();
  });
});
