// What the Home screen shows: the workshops matching the search, newest first.
import type { WorkshopSummary } from '../lib/bindings';
import { ipc, messageOf } from '../lib/ipc';

export class HomeState {
  workshops = $state<WorkshopSummary[]>([]);
  search = $state('');
  loaded = $state(false);
  problem = $state('');
  #asked: Promise<WorkshopSummary[]> | undefined;

  /** `asked`: the workshops, already asked for as the window started. */
  constructor(asked?: Promise<WorkshopSummary[]>) {
    this.#asked = asked;
  }

  async load(): Promise<void> {
    const asked = this.#asked ?? ipc.listWorkshops(this.search);
    this.#asked = undefined;
    try {
      this.workshops = await asked;
      this.problem = '';
    } catch (failure) {
      this.problem = messageOf(failure);
    } finally {
      this.loaded = true;
    }
  }
}
