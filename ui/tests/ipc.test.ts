import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import { FeltboardError, ipc } from '../src/lib/ipc';

describe('ipc', () => {
  it('gives the data of a command that succeeded', async () => {
    mockIPC((command, args) => (command === 'list_workshops' ? [{ title: String((args as { search: string }).search) }] : null));
    await expect(ipc.listWorkshops('returns')).resolves.toEqual([{ title: 'returns' }]);
  });

  it("turns the core's refusal into an error with its code and message", async () => {
    mockIPC(() => {
      throw { code: 'invalid_input', message: 'The title can’t be empty.' };
    });
    const failure = await ipc.createWorkshop({ title: '', question: '', heldOn: null, place: '', facilitator: '', notes: '' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FeltboardError);
    expect(failure).toMatchObject({ code: 'invalid_input', message: 'The title can’t be empty.' });
  });

  it('reports a failure of Tauri itself as an internal error, not a crash', async () => {
    mockIPC(() => {
      throw new Error('command list_workshops not found');
    });
    const failure = await ipc.listWorkshops('').catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'internal' });
    expect((failure as Error).message).toContain('command list_workshops not found');
  });
});
