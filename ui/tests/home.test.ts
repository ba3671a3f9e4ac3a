import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../src/App.svelte';
import Notices from '../src/components/Notices.svelte';
import Home from '../src/screens/Home.svelte';
import { askEarly } from '../src/screens/home-state.svelte';
import { navigation } from '../src/lib/navigation.svelte';
import { speak } from '../src/lib/words.svelte';
import { fakeCore, refusal, summary } from './fake-core';

describe('Home', () => {
  it('lists the workshops the core returns, with what each holds', async () => {
    fakeCore({ workshops: [summary('Returns', { participantCount: 6, personaCount: 2, boardCount: 1, place: 'Leeds' })] });
    render(Home);
    const card = await screen.findByRole('article', { name: 'Returns' });
    expect(card.textContent).toContain('6 participants · 2 personas · 1 board');
    expect(card.textContent).toContain('Leeds');
  });

  it('opens in the language the store remembers, and reads another as it is picked', async () => {
    const core = fakeCore({ workshops: [summary('Retours')] }, { window_language: () => 'de', choose_window_language: () => null });
    render(App);
    expect(await screen.findByRole('button', { name: /Neuer Workshop/ })).toBeTruthy();
    expect(core.callsOf('list_workshops'), 'Home asks for its workshops once').toHaveLength(1);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'fr');
    expect(await screen.findByRole('button', { name: /Nouvel atelier/ })).toBeTruthy();
    expect(core.callsOf('choose_window_language').at(-1)?.args).toEqual({ language: 'fr' });
    // Two picked in a row: the later wins, though the earlier is read last.
    await Promise.all([speak('es'), speak('fr')]);
    expect(await screen.findByRole('button', { name: /Nouvel atelier/ })).toBeTruthy();
    await speak('en');
  });

  it('takes the workshops asked for at start once: a Home opened later asks again', async () => {
    const workshops = [summary('Returns')];
    const core = fakeCore({}, { list_workshops: () => workshops });
    askEarly();
    const first = render(Home);
    await screen.findByRole('article', { name: 'Returns' });
    first.unmount();
    workshops.push(summary('Onboarding'));
    render(Home);
    expect(await screen.findByRole('article', { name: 'Onboarding' })).toBeTruthy();
    expect(core.callsOf('list_workshops')).toHaveLength(2);
  });

  it('searches by title as the facilitator types', async () => {
    const core = fakeCore({ workshops: [summary('Returns'), summary('Onboarding')] });
    render(Home);
    await screen.findByRole('article', { name: 'Onboarding' });
    await userEvent.type(screen.getByRole('searchbox'), 'ret');
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Onboarding' })).toBeNull());
    expect(screen.getByRole('article', { name: 'Returns' })).toBeTruthy();
    expect(core.callsOf('list_workshops').at(-1)?.args).toEqual({ search: 'ret' });
  });

  it('offers a first workshop and the sample when there is none', async () => {
    fakeCore();
    render(Home);
    expect(await screen.findByRole('heading', { name: 'Start your first workshop' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Explore the sample workshop' })).toBeTruthy();
  });

  it("creates a workshop with Ctrl+N, and keeps the text when the core refuses it", async () => {
    let attempts = 0;
    const core = fakeCore({}, {
      create_workshop: ({ draft }) => {
        attempts += 1;
        if (attempts === 1) throw refusal('The title can’t be empty.');
        return summary((draft as { title: string }).title);
      },
    });
    render(Home);
    await screen.findByRole('heading', { name: 'Start your first workshop' });
    await userEvent.keyboard('{Control>}n{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'New workshop' });
    await userEvent.type(screen.getByLabelText('The question it explores'), 'Where do we lose people?');
    await userEvent.click(screen.getByRole('button', { name: 'Create workshop' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The title can’t be empty.');
    expect(dialog.isConnected).toBe(true);

    await userEvent.type(screen.getByLabelText('Title'), 'Returns{Enter}');
    await waitFor(() => expect(navigation.screen.name).toBe('workshop'));
    expect(core.callsOf('create_workshop').at(-1)?.args.draft).toMatchObject({
      title: 'Returns',
      question: 'Where do we lose people?',
      heldOn: null,
    });
  });

  it('asks before deleting, and Undo restores the workshop', async () => {
    const core = fakeCore({ workshops: [summary('Returns', { boardCount: 1 })] });
    render(Home);
    render(Notices);
    const card = await screen.findByRole('article', { name: 'Returns' });
    await userEvent.click(card.querySelector('button.delete') as HTMLElement);
    const confirm = await screen.findByRole('dialog', { name: 'Delete ‘Returns’?' });
    expect(confirm.textContent).toContain('1 journey board');
    expect(core.callsOf('delete_workshop')).toHaveLength(0);
    expect(document.activeElement?.textContent).toBe('Cancel');

    await userEvent.click(screen.getByRole('button', { name: 'Delete workshop' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Returns' })).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Returns' })).toBeTruthy();
    expect(core.callsOf('restore_workshop')).toHaveLength(1);
  });

  it('Escape in the confirmation keeps the workshop', async () => {
    const core = fakeCore({ workshops: [summary('Returns')] });
    render(Home);
    const card = await screen.findByRole('article', { name: 'Returns' });
    (card.querySelector('button.open') as HTMLElement).focus();
    await userEvent.keyboard('{Delete}');
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(core.callsOf('delete_workshop')).toHaveLength(0);
  });
});

describe('Notices', () => {
  it('show one Undo at a time, for the latest change', async () => {
    const core = fakeCore({ workshops: [summary('Returns'), summary('Onboarding')] });
    render(Home);
    render(Notices);
    for (const title of ['Returns', 'Onboarding']) {
      const card = await screen.findByRole('article', { name: title });
      await userEvent.click(card.querySelector('button.delete') as HTMLElement);
      await userEvent.click(await screen.findByRole('button', { name: 'Delete workshop' }));
      await waitFor(() => expect(screen.queryByRole('article', { name: title })).toBeNull());
    }
    const undoButtons = screen.getAllByRole('button', { name: 'Undo' });
    expect(undoButtons).toHaveLength(1);
    await userEvent.click(undoButtons[0] as HTMLElement);
    expect(await screen.findByRole('article', { name: 'Onboarding' })).toBeTruthy();
    expect(core.callsOf('restore_workshop').map((c) => c.args.id)).toEqual([core.workshops[1]?.id]);
  });
});
