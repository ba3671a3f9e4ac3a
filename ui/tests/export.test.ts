import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ExportDialog from '../src/components/ExportDialog.svelte';
import BoardEditor from '../src/screens/BoardEditor.svelte';
import ImportDialog from '../src/components/ImportDialog.svelte';
import type { BoardSummary, Include } from '../src/lib/bindings';
import { isWorkshopFile } from '../src/lib/files';
import { boardFixture } from './board-fixture';
import { fakeCore, summary } from './fake-core';

const save = vi.fn<(options: { defaultPath: string }) => Promise<string | null>>();
const open = vi.fn<() => Promise<string | null>>();
vi.mock('@tauri-apps/plugin-dialog', () => ({ save: (options: { defaultPath: string }) => save(options), open: () => open() }));

const board = (id: string, title: string): BoardSummary => ({
  id, title, workshopId: 'w', personaIds: [], basedOn: null, scenario: '', expectations: '', orderKey: 'a0', createdAt: 1, updatedAt: 1,
  personaNames: [], stageTitles: [], stepCount: 3, cardCount: 12,
});

function setup(overrides = {}) {
  const core = fakeCore({}, {
    export_preview: ({ include }) => ({ pageCount: (include as Include).personas ? 9 : 7, pages: ['data:image/png;base64,AAAA', 'data:image/png;base64,BBBB'] }),
    export_pdf: () => null,
    export_board: () => null,
    export_workshop_file: () => null,
    ...overrides,
  });
  const onclose = vi.fn();
  render(ExportDialog, { props: { workshopId: 'w', workshopTitle: 'Returns: as is', boards: [board('b1', 'Today'), board('b2', 'Tomorrow')], onclose } });
  return { core, onclose };
}

describe('Export dialog', () => {
  beforeEach(() => save.mockReset());

  it('previews the pages and follows what to include', async () => {
    const { core } = setup();
    expect(await screen.findByText('9 pages')).toBeTruthy();
    expect(screen.getAllByRole('img')).toHaveLength(2);
    await userEvent.click(screen.getByLabelText('Personas'));
    expect(await screen.findByText('7 pages')).toBeTruthy();
    expect(core.callsOf('export_preview').at(-1)?.args).toEqual({ workshopId: 'w', pageSize: 'a4', include: { personas: false, boards: true, summary: true } });
  });

  it('asks where to save, then writes the PDF on the chosen paper', async () => {
    save.mockResolvedValue('/home/amira/Returns.pdf');
    const { core, onclose } = setup();
    await userEvent.selectOptions(screen.getByLabelText('Paper size'), 'a3');
    await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(onclose).toHaveBeenCalled());
    expect(save.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'Returns as is.pdf' });
    expect(core.callsOf('export_pdf')[0]?.args).toEqual({ workshopId: 'w', pageSize: 'a3', include: { personas: true, boards: true, summary: true }, path: '/home/amira/Returns.pdf' });
  });

  it('exports the chosen board as a picture, and nothing when the save is cancelled', async () => {
    save.mockResolvedValueOnce(null).mockResolvedValueOnce('/tmp/tomorrow.png');
    const { core } = setup();
    await userEvent.click(screen.getByLabelText(/PNG picture/));
    await userEvent.selectOptions(screen.getByLabelText('Board'), 'b2');
    await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(core.callsOf('export_board')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(core.callsOf('export_board')).toHaveLength(1));
    expect(save.mock.calls[1]?.[0]).toMatchObject({ defaultPath: 'Returns as is — Tomorrow.png' });
    expect(core.callsOf('export_board')[0]?.args).toEqual({ workshopId: 'w', boardId: 'b2', format: 'png', path: '/tmp/tomorrow.png' });
  });

  it('says why a file could not be written, and stays open', async () => {
    save.mockResolvedValue('/full/disk.pdf');
    const { onclose } = setup({
      export_pdf: () => {
        throw { code: 'not_saved', message: '/full/disk.pdf could not be written: No space left on device. Nothing was changed there.' };
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('No space left on device');
    expect(onclose).not.toHaveBeenCalled();
  });
});

describe('Exporting from a board', () => {
  beforeEach(() => save.mockReset());

  it('opens with Ctrl+P, this board picked for a picture', async () => {
    save.mockResolvedValue('/tmp/returns.png');
    const workshop = summary('Returns: as is');
    const core = fakeCore({ workshops: [workshop] }, {
      get_board: () => boardFixture(),
      list_boards: () => [board('b0', 'Tomorrow'), board('b', 'Returns')],
      room_status: () => null,
      export_preview: () => ({ pageCount: 3, pages: [] }),
      export_board: () => null,
    });
    render(BoardEditor, { props: { workshopId: workshop.id, boardId: 'b' } });
    await screen.findByRole('grid');
    await userEvent.keyboard('{Control>}p{/Control}');
    expect(await screen.findByText('3 pages')).toBeTruthy();
    await userEvent.click(screen.getByLabelText(/PNG picture/));
    expect((screen.getByLabelText('Board') as HTMLSelectElement).value).toBe('b');
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(core.callsOf('export_board')).toHaveLength(1));
    expect(save.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'Returns as is — Returns.png' });
    expect(core.callsOf('export_board')[0]?.args).toMatchObject({ workshopId: workshop.id, boardId: 'b', format: 'png' });
  });
});

describe('Workshop files', () => {
  beforeEach(() => {
    save.mockReset();
    open.mockReset();
  });

  it('exports the whole workshop as a file', async () => {
    save.mockResolvedValue('/tmp/returns.feltboard');
    const { core, onclose } = setup();
    await userEvent.click(screen.getByLabelText(/Workshop file/));
    await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(onclose).toHaveBeenCalled());
    expect(save.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'Returns as is.feltboard', filters: [{ name: 'Workshop file', extensions: ['feltboard'] }] });
    expect(core.callsOf('export_workshop_file')[0]?.args).toEqual({ workshopId: 'w', path: '/tmp/returns.feltboard' });
  });

  it('exports what was decided, every board’s opportunities, as a spreadsheet', async () => {
    save.mockResolvedValue('/tmp/decided.csv');
    const { core, onclose } = setup({ export_decisions: () => null });
    await userEvent.click(screen.getByLabelText(/What we decided/));
    expect(screen.queryByLabelText('Board'), 'not of one board').toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(onclose).toHaveBeenCalled());
    expect(save.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'Returns as is — what we decided.csv' });
    expect(core.callsOf('export_decisions')[0]?.args).toEqual({ workshopId: 'w', path: '/tmp/decided.csv' });
  });

  it('imports a chosen file as a copy, or in place of the one it came from', async () => {
    open.mockResolvedValue('/media/usb/returns.json');
    const core = fakeCore({}, { import_workshop: () => 'w2' });
    const onimported = vi.fn();
    render(ImportDialog, { props: { onimported, onclose: () => {} } });
    await userEvent.click(screen.getByLabelText(/Replace the workshop it came from/));
    await userEvent.click(screen.getByRole('button', { name: 'Choose the file…' }));
    await waitFor(() => expect(onimported).toHaveBeenCalledWith('w2'));
    expect(core.callsOf('import_workshop')[0]?.args).toEqual({ path: '/media/usb/returns.json', replace: true });
  });

  it('imports a dropped file from its text, asking only copy or replace', async () => {
    const core = fakeCore({}, { import_workshop_text: () => 'w3' });
    const onimported = vi.fn();
    render(ImportDialog, { props: { given: { name: 'Returns.feltboard', text: '{"format":"feltboard-workshop"}' }, onimported, onclose: () => {} } });
    expect(screen.getByText('Returns.feltboard')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onimported).toHaveBeenCalledWith('w3'));
    expect(open, 'no file picker for a file already given').not.toHaveBeenCalled();
    expect(core.callsOf('import_workshop_text')[0]?.args).toEqual({ text: '{"format":"feltboard-workshop"}', replace: false });
  });

  it('takes .feltboard files, and .json ones from older Feltboards, for workshops', () => {
    expect(['Returns.feltboard', 'RETURNS.FELTBOARD', 'old.json', 'notes.txt', 'feltboard', 'portrait.png'].map(isWorkshopFile)).toEqual([true, true, true, false, false, false]);
  });

  it('shows why a file was refused', async () => {
    open.mockResolvedValue('/tmp/broken.json');
    fakeCore({}, {
      import_workshop: () => {
        throw { code: 'invalid_input', message: 'The workshop file is not valid: it is not readable JSON' };
      },
    });
    const onimported = vi.fn();
    render(ImportDialog, { props: { onimported, onclose: () => {} } });
    await userEvent.click(screen.getByRole('button', { name: 'Choose the file…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('not readable JSON');
    expect(onimported).not.toHaveBeenCalled();
  });
});
