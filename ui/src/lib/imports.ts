// An import, undoably: the imported workshop goes away with Undo and comes back with Redo.
import type { WorkshopId } from './bindings';
import { recordWithNotice } from './history.svelte';
import { ipc } from './ipc';
import { t } from './words.svelte';

export async function recordImport(id: WorkshopId): Promise<void> {
  const workshop = await ipc.getWorkshop(id);
  recordWithNotice({ label: t('app-imported', { title: workshop.title }), undo: () => ipc.deleteWorkshop(id), redo: () => ipc.restoreWorkshop(id) });
}
