// What the Home screen shows: the workshops matching the search, newest first.
import type { WorkshopSummary } from '../lib/bindings';
import { ipc, messageOf } from '../lib/ipc';

/** The workshops asked for as the window started, until the first Home takes them. */
let early: Promise<WorkshopSummary[]> | undefined;

/** Asks for Home's workshops at once, while the window is still asking for the rest: the
 *  first Home takes the answer instead of asking again. */
export function askEarly(): void {
  early = ipc.listWorkshops('');
  // A store that can't be used says so on its own screen, not here.
  early.catch(() => {});
}

export class HomeState {
  workshops = $state<WorkshopSummary[]>([]);
  search = $state('');
  loaded = $state(false);
  problem = $state('');

  async load(): Promise<void> {
    const asked = early ?? ipc.listWorkshops(this.search);
    early = undefined;
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
