// What the Workshop screen shows: the workshop and its personas, boards and participants.
import type { BoardSummary, Participant, Persona, Workshop, WorkshopId } from '../lib/bindings';
import { ipc, messageOf } from '../lib/ipc';

export class WorkshopState {
  readonly id: WorkshopId;
  workshop = $state<Workshop | null>(null);
  personas = $state<Persona[]>([]);
  boards = $state<BoardSummary[]>([]);
  participants = $state<Participant[]>([]);
  problem = $state('');

  constructor(id: WorkshopId) {
    this.id = id;
  }

  async load(): Promise<void> {
    try {
      [this.workshop, this.personas, this.boards, this.participants] = await Promise.all([
        ipc.getWorkshop(this.id),
        ipc.listPersonas(this.id),
        ipc.listBoards(this.id),
        ipc.listParticipants(this.id),
      ]);
      this.problem = '';
    } catch (failure) {
      this.problem = messageOf(failure);
    }
  }

  async loadParticipants(): Promise<void> {
    this.participants = await ipc.listParticipants(this.id);
  }
}
