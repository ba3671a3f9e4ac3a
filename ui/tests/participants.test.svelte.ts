import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import Notices from '../src/components/Notices.svelte';
import ParticipantList from '../src/components/ParticipantList.svelte';
import { ipc } from '../src/lib/ipc';
import { fakeCore, person, refusal } from './fake-core';

function renderList(core: ReturnType<typeof fakeCore>) {
  const props = $state({ workshopId: 'w', participants: [...core.participants], personas: [], onchange: async () => {} });
  props.onchange = async () => {
    props.participants = await ipc.listParticipants('w');
  };
  render(Notices);
  return render(ParticipantList, { props });
}

describe('Participants', () => {
  it('costs five tab stops a person: name, kind, consent, colour, remove', async () => {
    const core = fakeCore({ participants: [person('Maya')] });
    renderList(core);
    const row = await screen.findByRole('listitem', { name: 'Maya' });
    const stops = [...row.querySelectorAll<HTMLElement>('input, button, select, textarea')].filter((e) => e.tabIndex >= 0);
    expect(stops).toHaveLength(5);
    const kind = within(row).getByRole('radio', { name: 'Customer' });
    kind.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(core.callsOf('update_participant').at(-1)?.args.draft).toMatchObject({ kind: 'team' }));
  });

  it('makes the colours one tab stop, the arrows picking the next', async () => {
    const maya = person('Maya', { colour: '#0072b2' });
    const core = fakeCore({ participants: [maya] });
    renderList(core);
    const colours = screen.getByRole('radiogroup', { name: 'Colour' });
    const stops = within(colours).getAllByRole('radio').filter((r) => r.tabIndex === 0);
    expect(stops.map((r) => r.getAttribute('aria-label'))).toEqual(['Blue']);
    stops[0]?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(core.callsOf('update_participant').at(-1)?.args.draft).toMatchObject({ colour: '#d55e00' }));
  });

  it('starts a workshop with nobody in it at the first name to type, and leaves a full one alone', () => {
    const first = renderList(fakeCore());
    expect(document.activeElement).toBe(screen.getByPlaceholderText('Name or alias, then Enter'));
    first.unmount();
    (document.activeElement as HTMLElement | null)?.blur();
    renderList(fakeCore({ participants: [person('Maya')] }));
    expect(document.activeElement).not.toBe(screen.getByPlaceholderText('Name or alias, then Enter'));
  });

  it('adds one participant after another with Enter, keeping the focus in the name field', async () => {
    const core = fakeCore();
    renderList(core);
    const name = screen.getByPlaceholderText('Name or alias, then Enter');
    await userEvent.type(name, 'Maya{Enter}');
    await screen.findByRole('listitem', { name: 'Maya' });
    expect(document.activeElement).toBe(name);
    await userEvent.selectOptions(screen.getByRole('combobox'), 'team');
    await userEvent.type(name, 'Priya{Enter}');
    await screen.findByRole('listitem', { name: 'Priya' });
    // Name, Tab to the kind, an arrow, Enter: added from the kind as from the name.
    await userEvent.type(name, 'Ben');
    await userEvent.tab();
    await userEvent.selectOptions(screen.getByRole('combobox'), 'stakeholder');
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('listitem', { name: 'Ben' });
    expect(core.callsOf('add_participant').map((c) => c.args.draft)).toMatchObject([
      { name: 'Maya', kind: 'customer' },
      { name: 'Priya', kind: 'team' },
      { name: 'Ben', kind: 'stakeholder' },
    ]);
  });

  it("shows the core's message when a name is refused", async () => {
    renderList(fakeCore({}, { add_participant: () => { throw refusal('The name can’t be empty.'); } }));
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The name can’t be empty.');
  });

  it('saves a change of kind and of consent at once', async () => {
    const core = fakeCore({ participants: [person('June')] });
    renderList(core);
    const row = await screen.findByRole('listitem', { name: 'June' });
    await userEvent.click(row.querySelector('[role="radio"]:nth-child(3)') as HTMLElement);
    await userEvent.click(screen.getByLabelText('Quote by name'));
    await waitFor(() => expect(core.callsOf('update_participant')).toHaveLength(2));
    expect(core.callsOf('update_participant').at(-1)?.args.draft).toMatchObject({ kind: 'stakeholder', quoteByName: true });
  });

  it('counts people again when one changes kind', async () => {
    const core = fakeCore({ participants: [person('June')] });
    renderList(core);
    expect(screen.getByText(/^1 customer, 0 from the team, 0 stakeholders/)).toBeTruthy();
    const row = await screen.findByRole('listitem', { name: 'June' });
    await userEvent.click(row.querySelector('[role="radio"]:nth-child(3)') as HTMLElement);
    await screen.findByText(/^0 customers, 0 from the team, 1 stakeholder/);
  });

  it('saves a typed name after a short pause, without waiting for the field to be left', async () => {
    const core = fakeCore({ participants: [person('J')] });
    renderList(core);
    const row = await screen.findByRole('listitem', { name: 'J' });
    await userEvent.type(row.querySelector('input') as HTMLInputElement, 'une');
    await waitFor(() => expect(core.callsOf('update_participant').at(-1)?.args.draft).toMatchObject({ name: 'June' }));
  });

  it('asks before removing someone, and Undo brings them back', async () => {
    const core = fakeCore({ participants: [person('Tomás')] });
    renderList(core);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Tomás' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Tomás' })).toBeNull());
    expect(core.callsOf('delete_participant')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(core.callsOf('restore_participant')).toHaveLength(1));
  });
});
