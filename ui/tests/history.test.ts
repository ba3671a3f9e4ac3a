import { afterEach, describe, expect, it } from 'vitest';
import { clearHistory, recordWithNotice, undo } from '../src/lib/history.svelte';
import { FeltboardError } from '../src/lib/ipc';
import { dismiss, notices, notify } from '../src/lib/notices.svelte';

afterEach(() => {
  clearHistory();
  for (const notice of [...notices]) dismiss(notice.id);
});

describe('Undo', () => {
  it('takes away the notice’s Undo once its change is undone with Ctrl+Z', async () => {
    let state = 'deleted';
    recordWithNotice({
      label: 'Deleted ‘Returns’',
      undo: async () => void (state = 'back'),
      redo: async () => void (state = 'deleted'),
    });
    expect(notices.some((n) => n.action?.label === 'Undo')).toBe(true);
    await undo();
    expect(state).toBe('back');
    expect(notices.some((n) => n.action?.label === 'Undo'), 'no Undo left for a change already undone').toBe(false);
    expect(notices.map((n) => n.text)).toContain('Undone: Deleted ‘Returns’');
  });
});

describe('An undo that fails', () => {
  it('is kept to be tried again, unless what it would change is gone', async () => {
    let tries = 0;
    let state = 'deleted';
    recordWithNotice({
      label: 'Deleted ‘Returns’',
      undo: async () => {
        tries += 1;
        if (tries === 1) throw new FeltboardError({ code: 'not_saved', message: 'Another program is holding the database.' });
        state = 'back';
      },
      redo: async () => void (state = 'deleted'),
    });
    await undo();
    expect(state).toBe('deleted');
    expect(notices.map((n) => n.text)).toContain('Another program is holding the database.');
    await undo();
    expect(state, 'the second try undoes it').toBe('back');

    recordWithNotice({
      label: 'Deleted ‘Gone’',
      undo: async () => {
        throw new FeltboardError({ code: 'not_found', message: 'That workshop no longer exists.' });
      },
      redo: async () => {},
    });
    await undo();
    await undo();
    expect(notices.map((n) => n.text)).toContain('Nothing to undo.');
  });
});

describe('Notices', () => {
  it('keep to three at once, the oldest making way and an Undo last of all', () => {
    recordWithNotice({ label: 'Deleted ‘Returns’', undo: async () => {}, redo: async () => {} });
    for (const n of [1, 2, 3, 4]) notify(`Dot placed ${n}`);
    expect(notices).toHaveLength(3);
    expect(notices.map((n) => n.text)).toEqual(['Deleted ‘Returns’', 'Dot placed 3', 'Dot placed 4']);
  });
});
