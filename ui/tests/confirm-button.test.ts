import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ConfirmButton from '../src/components/ConfirmButton.svelte';

describe('ConfirmButton', () => {
  it('deletes only on the second press, and Keep backs out', async () => {
    const onconfirm = vi.fn();
    render(ConfirmButton, { props: { label: 'Delete', question: 'Delete the lane and its cards?', onconfirm } });
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onconfirm).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Keep' }));
    expect(onconfirm).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete the lane and its cards?' }));
    expect(onconfirm).toHaveBeenCalledOnce();
  });
});
