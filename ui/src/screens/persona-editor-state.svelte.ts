// What the persona editor holds: the persona as stored, and the draft on screen, saved as
// the facilitator types.
import { Autosave } from '../lib/autosave.svelte';
import { NEW_PERSONA, type Persona, type PersonaDraft, type PersonaId } from '../lib/bindings';
import { ipc, messageOf } from '../lib/ipc';
import { t } from '../lib/words.svelte';

/** The name a new persona starts with (the core's), until the facilitator types theirs. */
/** A new persona's name until the facilitator gives it one, in the window's language. */
export const newPersonaName = (): string => t('persona-new-name');

/** A fresh copy of what a new persona starts from (the core's), to fill in and send, named
 *  in the window's language. */
export function newPersona(): PersonaDraft {
  return { ...(JSON.parse(JSON.stringify(NEW_PERSONA)) as PersonaDraft), name: newPersonaName() };
}

export function draftOf(p: Persona): PersonaDraft {
  return {
    name: p.name,
    avatarColour: p.avatarColour,
    role: p.role,
    quote: p.quote,
    story: p.story,
    goals: [...p.goals],
    needs: [...p.needs],
    painPoints: [...p.painPoints],
    behaviours: [...p.behaviours],
    channels: [...p.channels],
    wantsToFeel: [...p.wantsToFeel],
    empathy: {
      says: [...p.empathy.says],
      thinks: [...p.empathy.thinks],
      does: [...p.empathy.does],
      feels: [...p.empathy.feels],
    },
    evidence: p.evidence,
    evidenceSources: p.evidenceSources,
    interviewCount: p.interviewCount,
    isAntiPersona: p.isAntiPersona,
    antiReason: p.antiReason,
  };
}

export class PersonaEditorState {
  persona = $state<Persona | null>(null);
  draft = $state<PersonaDraft | null>(null);
  problem = $state('');
  autosave: Autosave<PersonaDraft> | null = $state(null);

  async load(id: PersonaId): Promise<void> {
    try {
      const persona = await ipc.getPersona(id);
      this.persona = persona;
      this.draft = draftOf(persona);
      this.autosave = new Autosave<PersonaDraft>({
        stored: draftOf(persona),
        save: async (next) => {
          const kept = await ipc.updatePersona(id, next);
          this.persona = kept;
          return draftOf(kept);
        },
        show: (kept) => (this.draft = kept),
        label: (kept) => t('persona-edited', { name: kept.name }),
      });
    } catch (failure) {
      this.problem = messageOf(failure);
    }
  }

  /** Typing in a field: saved after a pause. */
  typed(): void {
    if (this.draft) this.autosave?.typed(this.draft);
  }

  /** A click, a list change: saved now. */
  changed(): void {
    if (this.draft) void this.autosave?.commit(this.draft);
  }
}
