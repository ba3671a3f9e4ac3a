// A stand-in for the Rust side in UI tests: answers commands through `mockIPC` from plain
// in-memory lists, and records every call so tests can check what the UI asked for.
import { mockIPC } from '@tauri-apps/api/mocks';
import type { IpcError, Participant, Persona, PersonaDraft, WorkshopDraft, WorkshopSummary } from '../src/lib/bindings';
import { newPersona } from '../src/screens/persona-editor-state.svelte';

export interface Call {
  command: string;
  args: Record<string, unknown>;
}

let counter = 0;
const id = () => `0190b6f0-0000-7000-8000-${String(++counter).padStart(12, '0')}`;

export function summary(title: string, extra: Partial<WorkshopSummary> = {}): WorkshopSummary {
  return {
    id: id(),
    title,
    question: '',
    heldOn: null,
    place: '',
    facilitator: '',
    notes: '',
    createdAt: 1,
    updatedAt: 1,
    participantCount: 0,
    personaCount: 0,
    boardCount: 0,
    ...extra,
  };
}

export function person(name: string, extra: Partial<Participant> = {}): Participant {
  return {
    id: id(),
    workshopId: 'w',
    name,
    kind: 'customer',
    quoteByName: false,
    colour: '#0072b2',
    personaId: null,
    orderKey: 'a0',
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

export function persona(name: string, extra: Partial<Persona> = {}): Persona {
  return {
    id: id(),
    workshopId: 'w',
    ...newPersona(),
    name,
    avatarColour: '#0072b2',
    hasPortrait: false,
    orderKey: 'a0',
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

type Handler = (args: Record<string, unknown>) => unknown;

/** Installs the fake. `overrides` answer chosen commands; a thrown `IpcError` is a refusal. */
export function fakeCore(
  state: { workshops?: WorkshopSummary[]; participants?: Participant[]; personas?: Persona[] } = {},
  overrides: Record<string, Handler> = {},
) {
  const calls: Call[] = [];
  const workshops = state.workshops ?? [];
  const participants = state.participants ?? [];
  const personas = state.personas ?? [];
  const deleted = new Set<string>();
  const handlers: Record<string, Handler> = {
    store_status: () => ({ dataFolder: '/home/amira/.local/share/feltboard', problem: null }),
    offer_menu: () => null,
    window_language: () => null,
    choose_window_language: () => null,
    list_workshops: ({ search }) =>
      workshops.filter((w) => !deleted.has(w.id) && w.title.toLowerCase().includes(String(search).toLowerCase())),
    create_workshop: ({ draft }) => {
      const created = summary((draft as WorkshopDraft).title);
      workshops.unshift(created);
      return created;
    },
    update_workshop: ({ id: target, draft }) => {
      const w = workshops.find((x) => x.id === target);
      if (w) Object.assign(w, draft as WorkshopDraft);
      return w;
    },
    delete_workshop: ({ id: target }) => void deleted.add(String(target)),
    restore_workshop: ({ id: target }) => void deleted.delete(String(target)),
    get_workshop: ({ id: target }) => workshops.find((w) => w.id === target),
    list_personas: () => personas.filter((p) => !deleted.has(p.id)),
    get_persona: ({ id: target }) => personas.find((p) => p.id === target),
    update_persona: ({ id: target, draft }) => {
      const p = personas.find((x) => x.id === target);
      if (p) Object.assign(p, draft as PersonaDraft, { updatedAt: (p.updatedAt ?? 0) + 1 });
      return p && { ...p };
    },
    move_persona: ({ id: target, index }) => {
      const from = personas.findIndex((x) => x.id === target);
      const [moved] = personas.splice(from, 1);
      if (moved) personas.splice(Number(index), 0, moved);
      return moved;
    },
    copy_persona_to: ({ id: target }) => ({ ...personas.find((p) => p.id === target), id: id() }),
    delete_persona: ({ id: target }) => void deleted.add(String(target)),
    restore_persona: ({ id: target }) => void deleted.delete(String(target)),
    persona_portrait: () => null,
    list_boards: () => [],
    list_participants: () => participants.filter((p) => !deleted.has(p.id)),
    add_participant: ({ draft }) => {
      const added = person((draft as { name: string }).name, draft as Partial<Participant>);
      participants.push(added);
      return added;
    },
    update_participant: ({ id: target, draft }) => {
      const p = participants.find((x) => x.id === target);
      if (p) Object.assign(p, draft as Partial<Participant>);
      return p;
    },
    delete_participant: ({ id: target }) => void deleted.add(String(target)),
    restore_participant: ({ id: target }) => void deleted.delete(String(target)),
    ...overrides,
  };
  mockIPC((command, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    calls.push({ command, args: payload });
    const handler = handlers[command];
    if (!handler) throw new Error(`the fake core has no ${command}`);
    return handler(payload);
    // Events too: a test can `emit` what Rust would, such as the menu's clicks.
  }, { shouldMockEvents: true });
  return { calls, workshops, participants, personas, callsOf: (command: string) => calls.filter((c) => c.command === command) };
}

export const refusal = (message: string): IpcError => ({ code: 'invalid_input', message });
