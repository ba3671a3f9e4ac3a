import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import Notices from '../src/components/Notices.svelte';
import PersonaGallery from '../src/components/PersonaGallery.svelte';
import { TYPING_PAUSE_MS } from '../src/lib/autosave.svelte';
import { ipc } from '../src/lib/ipc';
import PersonaEditor from '../src/screens/PersonaEditor.svelte';
import { fakeCore, persona, summary } from './fake-core';

function renderGallery(core: ReturnType<typeof fakeCore>) {
  const props = $state({ workshopId: 'w', personas: [...core.personas], onchange: async () => {} });
  props.onchange = async () => {
    props.personas = await ipc.listPersonas('w');
  };
  render(Notices);
  render(PersonaGallery, { props });
}

describe('Persona editor', () => {
  it('opens a new persona with its name selected, ready to be typed over', async () => {
    const fresh = persona('New persona');
    fakeCore({ personas: [fresh] });
    render(PersonaEditor, { props: { workshopId: 'w', personaId: fresh.id } });
    const name = (await screen.findByLabelText('Name')) as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect([name.selectionStart, name.selectionEnd]).toEqual([0, 'New persona'.length]);
  });

  it('wraps a long name and role instead of cutting them, and Enter moves on rather than breaking the line', async () => {
    const maya = persona('Maya');
    fakeCore({ personas: [maya] });
    render(PersonaEditor, { props: { workshopId: 'w', personaId: maya.id } });
    const name = await screen.findByLabelText('Name');
    expect(name.tagName, 'a field that wraps').toBe('TEXTAREA');
    expect(screen.getByLabelText('Role or segment').tagName).toBe('TEXTAREA');
    await userEvent.type(name, ' Okafor{Enter}');
    expect((name as HTMLTextAreaElement).value).toBe('Maya Okafor');
    expect(document.activeElement).toBe(screen.getByLabelText('Role or segment'));
    const colours = screen.getByRole('radiogroup', { name: 'Avatar colour' });
    expect(within(colours).getByRole('radio', { name: 'Vermilion' }), 'a colour is named, not coded').toBeTruthy();
  });

  it('saves typing after a pause, and Ctrl+Z undoes it even inside the field', async () => {
    const maya = persona('Maya', { role: 'Parent' });
    const core = fakeCore({ personas: [maya] });
    render(Notices);
    render(PersonaEditor, { props: { workshopId: 'w', personaId: maya.id } });
    const role = (await screen.findByLabelText('Role or segment')) as HTMLInputElement;
    await userEvent.type(role, ' of two');
    await waitFor(() => expect(core.callsOf('update_persona')).toHaveLength(1), { timeout: TYPING_PAUSE_MS * 4 });
    expect(core.callsOf('update_persona')[0]?.args.draft).toMatchObject({ role: 'Parent of two' });

    await userEvent.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(role.value).toBe('Parent'));
    expect(core.callsOf('update_persona').at(-1)?.args.draft).toMatchObject({ role: 'Parent' });
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(role.value).toBe('Parent of two'));
  });

  it('saves a change to a list at once, without waiting for a pause', async () => {
    const maya = persona('Maya', { goals: ['Rest'] });
    const core = fakeCore({ personas: [maya] });
    render(PersonaEditor, { props: { workshopId: 'w', personaId: maya.id } });
    const goal = await screen.findByRole('textbox', { name: 'Goals, item 1 of 1' });
    await userEvent.click(goal);
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('Never queue');
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() =>
      expect(core.callsOf('update_persona').at(-1)?.args.draft).toMatchObject({ goals: ['Never queue', 'Rest'] }),
    );
  });

  it('marks an anti-persona and asks why', async () => {
    const sam = persona('Sam');
    const core = fakeCore({ personas: [sam] });
    render(PersonaEditor, { props: { workshopId: 'w', personaId: sam.id } });
    await userEvent.click(await screen.findByLabelText(/Anti-persona/));
    expect(await screen.findByLabelText('Why we choose not to serve them')).toBeTruthy();
    await waitFor(() => expect(core.callsOf('update_persona').at(-1)?.args.draft).toMatchObject({ isAntiPersona: true }));
  });
});

describe('Persona gallery', () => {
  it('moves the persona in focus with Alt+Right and Alt+Left', async () => {
    const core = fakeCore({ personas: [persona('Maya'), persona('Sam'), persona('Eleni')] });
    renderGallery(core);
    const maya = await screen.findByRole('button', { name: 'Maya' });
    maya.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() => expect(core.personas.map((p) => p.name)).toEqual(['Sam', 'Maya', 'Eleni']));
    expect(core.callsOf('move_persona').at(-1)?.args).toMatchObject({ index: 1 });
    await waitFor(() => expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual(['Sam', 'Maya', 'Eleni']));
  });

  it('shows a quote typed with its own marks in one pair of them', async () => {
    renderGallery(fakeCore({ personas: [persona('Sam', { quote: '“Returns are free, right?”' })] }));
    expect((await screen.findByText(/Returns are free/)).textContent).toBe('“Returns are free, right?”');
  });

  it('filters by name, role and quote', async () => {
    renderGallery(fakeCore({ personas: [persona('Maya', { role: 'Parent' }), persona('Sam', { quote: 'Returns are free, right?' })] }));
    await userEvent.type(screen.getByPlaceholderText('Search personas'), 'free');
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual(['Sam']);
  });

  it('copies a persona to the workshop the facilitator chooses, with an Undo', async () => {
    const core = fakeCore({ workshops: [summary('Returns', { id: 'w' }), summary('Onboarding')], personas: [persona('Maya')] });
    renderGallery(core);
    await userEvent.click(await screen.findByRole('button', { name: 'Copy to…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy Maya to another workshop' });
    expect(within(dialog).getAllByRole('radio').map((r) => r.parentElement?.textContent?.trim())).toEqual(['Onboarding']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(core.callsOf('copy_persona_to')).toHaveLength(1));
    expect(core.callsOf('copy_persona_to')[0]?.args).toMatchObject({ workshopId: core.workshops[1]?.id });
    expect(await screen.findByText('Copied Maya to ‘Onboarding’')).toBeTruthy();
  });
});
