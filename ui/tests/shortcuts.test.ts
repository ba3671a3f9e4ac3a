import { emit } from '@tauri-apps/api/event';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../src/App.svelte';
import type { MenuOffer } from '../src/lib/bindings';
import { keysForPeople, MENUS, offer, parseKeys, perform } from '../src/lib/shortcuts';
import { fakeCore, summary } from './fake-core';

const lastOffers = (core: ReturnType<typeof fakeCore>) => (core.callsOf('offer_menu').at(-1)?.args.offers ?? []) as MenuOffer[];
const enabled = (core: ReturnType<typeof fakeCore>) => lastOffers(core).filter((o) => o.enabled);

describe('the menu and its keys', () => {
  it('offers what the screen can do, under the screen’s names, and nothing while a dialog is open', async () => {
    const core = fakeCore({ workshops: [summary('Returns')] });
    render(App);
    await screen.findByRole('article', { name: 'Returns' });
    await waitFor(() => expect(enabled(core).map((o) => o.action).sort()).toEqual(['find', 'import', 'new', 'quit', 'redo', 'shortcuts', 'undo']));
    expect(lastOffers(core).find((o) => o.action === 'new')?.label).toBe('New workshop…');
    // Every item and menu is named in the window's language, greyed or not.
    expect(lastOffers(core)).toHaveLength(MENUS.flatMap((menu) => menu.items).length);
    expect(lastOffers(core).find((o) => o.action === 'zoomIn')).toEqual({ action: 'zoomIn', label: 'Zoom in', enabled: false });
    expect(core.callsOf('offer_menu').at(-1)?.args.titles).toEqual(['&File', '&Edit', '&View', '&Room', '&Help']);

    await userEvent.keyboard('{Control>}n{/Control}');
    await screen.findByRole('dialog', { name: 'New workshop' });
    await waitFor(() => expect(enabled(core)).toEqual([]));
  });

  it('does what a click in the native menu asks, as its key would', async () => {
    fakeCore({ workshops: [summary('Returns')] });
    render(App);
    await screen.findByRole('article', { name: 'Returns' });

    await emit('menu-chosen', { action: 'shortcuts' });
    const list = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    // Every menu with keys, and each key as the menu has it.
    for (const menu of ['File', 'Edit', 'View', 'Room', 'Help']) within(list).getByRole('heading', { name: menu });
    const exportRow = within(list).getByText('Export…').parentElement as HTMLElement;
    expect(exportRow.textContent).toContain('Ctrl+P');
    expect(within(list).getByText('Redo').parentElement?.textContent).toContain('Ctrl+Shift+Z or Ctrl+Y');
    await userEvent.click(within(list).getByRole('button', { name: 'Close' }));

    await emit('menu-chosen', { action: 'new' });
    expect(await screen.findByRole('dialog', { name: 'New workshop' })).toBeTruthy();
  });

  it('leaves a text field its own Ctrl+Z, and takes the others', () => {
    const done: string[] = [];
    // jsdom has no editing; WebKit's is asked for the field's own typing history.
    const fieldsOwn = vi.fn(() => true);
    document.execCommand = fieldsOwn;
    const withdraw = [
      offer('undo', { run: () => done.push('undo'), whileTyping: false }),
      offer('zoomIn', { run: () => done.push('zoomIn') }),
      offer('redo', { run: () => done.push('redo') }),
    ];
    const field = document.body.appendChild(document.createElement('input'));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    // Ctrl and the key marked + (Shift and =): zoom in, as Ctrl+= is.
    field.dispatchEvent(new KeyboardEvent('keydown', { key: '+', ctrlKey: true, shiftKey: true, bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Y', ctrlKey: true, shiftKey: false, bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: false, bubbles: true }));
    expect(done).toEqual(['zoomIn', 'undo', 'redo']);
    expect(fieldsOwn.mock.calls).toEqual([['undo']]);
    withdraw.forEach((w) => w());
    field.remove();
    expect(perform('zoomIn')).toBe(false);
  });

  it('gives the latest screen the action, and the one before it back when it goes', () => {
    const done: string[] = [];
    const workshops = offer('back', { run: () => done.push('workshops') });
    const personas = offer('back', { run: () => done.push('personas') });
    perform('back');
    personas();
    perform('back');
    workshops();
    expect(done).toEqual(['personas', 'workshops']);
  });

  it('reads every key the menu has', () => {
    const keys = MENUS.flatMap((menu) => menu.items.flatMap((item) => item.keys));
    expect(keys.length).toBeGreaterThan(10);
    for (const written of keys) {
      const { key } = parseKeys(written);
      // A letter, a digit, = or -, a function key or an arrow: what KeyboardEvent.key says.
      expect(key, written).toMatch(/^([A-Z0-9=-]|F\d{1,2}|ArrowLeft)$/);
      expect(keysForPeople(written), written).not.toContain('CmdOrCtrl');
    }
    expect(keysForPeople('CmdOrCtrl+Shift+Z')).toBe('Ctrl+Shift+Z');
    expect(keysForPeople('Alt+Left')).toBe('Alt+←');
  });
});
