import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import BulletList from '../src/components/BulletList.svelte';

function renderList(start: string[]) {
  const props = $state({
    label: 'Goals',
    items: start,
    changes: [] as { items: string[]; typing: boolean }[],
    onchange: (() => {}) as (items: string[], typing: boolean) => void,
  });
  props.onchange = (items, typing) => {
    props.items = items;
    props.changes.push({ items, typing });
  };
  render(BulletList, { props });
  const field = (n: number) => screen.getByRole('textbox', { name: new RegExp(`item ${n} of`) }) as HTMLInputElement;
  return { props, field };
}

describe('BulletList', () => {
  it('adds the next item with Enter and puts the caret in it', async () => {
    const { props, field } = renderList([]);
    await userEvent.type(field(1), 'Rest on days off{Enter}Never queue');
    expect(props.items).toEqual(['Rest on days off', 'Never queue']);
    expect(document.activeElement).toBe(field(2));
    expect(props.changes.some((c) => !c.typing && c.items.length === 2)).toBe(true);
  });

  it('splits an item at the caret, as a word processor does', async () => {
    const { props, field } = renderList(['Rest Never queue']);
    field(1).focus();
    field(1).setSelectionRange(4, 4);
    await userEvent.keyboard('{Enter}');
    expect(props.items).toEqual(['Rest', ' Never queue']);
  });

  it('removes an empty item with Backspace and goes back to the one above', async () => {
    const { props, field } = renderList(['One', 'Two']);
    await userEvent.click(field(2));
    await userEvent.keyboard('{Backspace}{Backspace}{Backspace}');
    expect(props.items).toEqual(['One', '']);
    await userEvent.keyboard('{Backspace}');
    expect(props.items).toEqual(['One']);
    expect(document.activeElement).toBe(field(1));
  });

  it('keeps the last bullet when it is emptied', async () => {
    const { props, field } = renderList(['A']);
    await userEvent.click(field(1));
    await userEvent.keyboard('{Backspace}{Backspace}');
    expect(props.items).toEqual(['']);
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
  });

  it('moves an item with Alt+Up and Alt+Down, keeping it in focus', async () => {
    const { props, field } = renderList(['One', 'Two', 'Three']);
    await userEvent.click(field(3));
    await userEvent.keyboard('{Alt>}{ArrowUp}{ArrowUp}{/Alt}');
    expect(props.items).toEqual(['Three', 'One', 'Two']);
    expect(document.activeElement).toBe(field(1));
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(props.items).toEqual(['One', 'Three', 'Two']);
    // The last item stays last.
    await userEvent.keyboard('{Alt>}{ArrowDown}{ArrowDown}{/Alt}');
    expect(props.items).toEqual(['One', 'Two', 'Three']);
  });

  it('walks between items with the arrow keys', async () => {
    const { field } = renderList(['One', 'Two']);
    await userEvent.click(field(1));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(field(2));
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(field(1));
  });
});
