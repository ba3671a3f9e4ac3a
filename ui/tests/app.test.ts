import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../src/App.svelte';
import { fakeCore, summary } from './fake-core';

describe('App', () => {
  it('shows what is wrong with the store, and where it is, instead of an empty app', async () => {
    fakeCore({}, {
      store_status: () => ({
        dataFolder: '/media/usb/workshops',
        problem: { code: 'store_unusable', message: '/media/usb/workshops/feltboard.db is not a Feltboard database, or it is damaged.' },
      }),
    });
    render(App);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Feltboard can’t open your workshops');
    expect(alert.textContent).toContain('is not a Feltboard database');
    expect(alert.textContent).toContain('/media/usb/workshops');
    expect(screen.queryByRole('heading', { name: 'Workshops' })).toBeNull();
  });

  it('tells a second window that Feltboard is already open', async () => {
    fakeCore({}, {
      store_status: () => ({ dataFolder: '/d', problem: { code: 'already_open', message: 'Feltboard is already open on the data folder /d.' } }),
    });
    render(App);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Feltboard is already open');
  });

  it('undoes and redoes a deletion with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const core = fakeCore({ workshops: [summary('Returns')] });
    render(App);
    const card = await screen.findByRole('article', { name: 'Returns' });
    (card.querySelector('button.open') as HTMLElement).focus();
    await userEvent.keyboard('{Delete}');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete workshop' }));
    await screen.findByRole('heading', { name: 'Start your first workshop' });
    (document.activeElement as HTMLElement | null)?.blur();

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(await screen.findByRole('article', { name: 'Returns' })).toBeTruthy();
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await screen.findByRole('heading', { name: 'Start your first workshop' });
    expect(core.callsOf('delete_workshop')).toHaveLength(2);
    expect(core.callsOf('restore_workshop')).toHaveLength(1);
  });
});
