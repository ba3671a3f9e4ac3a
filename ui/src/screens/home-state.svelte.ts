// What the Home screen shows: the workshops matching the search, newest first.
import type { WorkshopSummary } from '../lib/bindings';
import { ipc, messageOf } from '../lib/ipc';

export class HomeState {
  workshops = $state<WorkshopSummary[]>([]);
  search = $state('');
  loaded = $state(false);
  problem = $state('');

  async load(): Promise<void> {
    try {
      this.workshops = await ipc.listWorkshops(this.search);
      this.problem = '';
    } catch (failure) {
      this.problem = messageOf(failure);
    } finally {
      this.loaded = true;
    }
  }
}
