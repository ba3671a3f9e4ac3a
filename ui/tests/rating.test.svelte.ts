import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import RatingDialog from '../src/components/board/RatingDialog.svelte';
import type { Step } from '../src/lib/bindings';
import { person } from './fake-core';

const step: Step = { id: 's1', stageId: 'g1', title: 'Gets a label', orderKey: 'a0', isMomentOfTruth: false, basedOn: null };
const maya = person('Maya');
const tomas = person('Tomás');

function open(scores: Record<string, number> = {}) {
  const onrate = vi.fn();
  render(RatingDialog, {
    props: { step, participants: [maya, tomas], scoreOf: (who: string) => scores[who] ?? null, onrate, onmoment: () => {}, onclose: () => {} },
  });
  const voice = (name: string) => screen.getByRole('radio', { name: new RegExp(`^${name}`) });
  return { onrate, voice };
}

describe('The rating dialog', () => {
  it('keeps the team’s assumption once chosen, so its keys never overwrite a customer', async () => {
    const { onrate, voice } = open({ [maya.id]: -1 });
    expect(voice('Tomás').getAttribute('aria-checked'), 'the first customer not yet heard').toBe('true');
    await userEvent.click(voice('The team’s assumption'));
    await userEvent.keyboard('4');
    expect(voice('The team’s assumption').getAttribute('aria-checked')).toBe('true');
    expect(onrate).toHaveBeenLastCalledWith('assumed', -1);
  });

  it('reaches how we want it to feel in one step, and never wraps past the ends', async () => {
    const { onrate, voice } = open();
    await userEvent.click(voice('The team’s assumption'));
    await userEvent.keyboard('{ArrowDown}');
    expect(voice('How we want it to feel').getAttribute('aria-checked')).toBe('true');
    await userEvent.keyboard('1');
    expect(onrate).toHaveBeenLastCalledWith('desired', 2);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(voice('Tomás').getAttribute('aria-checked'), 'stops at the last customer').toBe('true');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(voice('The team’s assumption').getAttribute('aria-checked'), 'stops at the first').toBe('true');
  });

  it('shows what each voice has already said, and the chosen voice’s level as checked', async () => {
    const { voice } = open({ assumed: 1, [maya.id]: -2 });
    expect(voice('The team’s assumption').textContent).toContain('🙂 Happy');
    expect(voice('Maya').textContent).toContain('😠 Upset');
    expect(voice('Tomás').textContent).toContain('not yet');
    await userEvent.click(voice('Maya'));
    const levels = screen.getByRole('radiogroup', { name: 'How it felt to Maya' });
    const checked = [...levels.querySelectorAll('[aria-checked="true"]')].map((b) => b.textContent?.trim());
    expect(checked).toEqual([expect.stringContaining('Upset')]);
  });
});
