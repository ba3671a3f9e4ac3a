// A small board for UI tests: two stages, three steps, a doing lane and a pain points lane.
import type { Board } from '../src/lib/bindings';

export function boardFixture(): Board {
  const step = (id: string, stageId: string, title: string) => ({ id, stageId, title, orderKey: 'a0', isMomentOfTruth: false, basedOn: null });
  const lane = (id: string, kind: Board['lanes'][number]['kind'], title: string) => ({ id, kind, title, orderKey: 'a0', isHidden: false });
  return {
    id: 'b', workshopId: 'w', personaIds: [], basedOn: null, title: 'Returns', scenario: '', expectations: '', orderKey: 'a0', createdAt: 1, updatedAt: 1,
    stages: [
      { id: 'g1', title: 'Deciding', orderKey: 'a0', steps: [step('s1', 'g1', 'Unboxes'), step('s2', 'g1', 'Checks policy')] },
      { id: 'g2', title: 'Sending', orderKey: 'a1', steps: [step('s3', 'g2', 'Drops it off')] },
    ],
    lanes: [lane('l1', 'actions', 'Does'), lane('l2', 'pain_points', 'Pain points')],
    cards: [],
    ratings: [],
    emotions: [],
    evidence: [],
    support: [],
  };
}
