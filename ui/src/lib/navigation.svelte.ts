// Which screen is showing. One value, so Back, Escape and the tests agree on where we are.
import type { BoardId, PersonaId, WorkshopId } from './bindings';

export type WorkshopTab = 'personas' | 'boards' | 'participants';

export type Screen =
  | { name: 'home' }
  | { name: 'workshop'; id: WorkshopId; tab: WorkshopTab }
  | { name: 'persona'; workshopId: WorkshopId; personaId: PersonaId }
  | { name: 'board'; workshopId: WorkshopId; boardId: BoardId };

export const navigation = $state<{ screen: Screen }>({ screen: { name: 'home' } });

export function goHome(): void {
  navigation.screen = { name: 'home' };
}

export function openWorkshop(id: WorkshopId, tab: WorkshopTab = 'boards'): void {
  navigation.screen = { name: 'workshop', id, tab };
}

export function openPersona(workshopId: WorkshopId, personaId: PersonaId): void {
  navigation.screen = { name: 'persona', workshopId, personaId };
}

export function openBoard(workshopId: WorkshopId, boardId: BoardId): void {
  navigation.screen = { name: 'board', workshopId, boardId };
}
