// The benchmark's stand-in for the Rust side: one workshop holding the big board of the
// speed target (40 steps in 8 stages × 9 lanes, 2,000 cards, three curves), answered from
// memory so the browser's work is measured alone. Typed against the generated bindings, so
// the answers keep the shape the real commands give.
import { mockIPC } from '@tauri-apps/api/mocks';
import type {
  Board,
  BoardSummary,
  Card,
  CardDraft,
  Lane,
  LaneKind,
  Stage,
  StepEmotions,
  StoreStatus,
  Workshop,
  WorkshopSummary,
} from '../src/lib/bindings';

const STAGES = 8;
const STEPS_PER_STAGE = 5;
const CARDS = 2000;
const LANE_KINDS: LaneKind[] = ['actions', 'touchpoints', 'thoughts', 'feelings', 'pain_points', 'opportunities', 'frontstage', 'backstage', 'support'];
const PHRASES = [
  'Looks for the returns page from the order e-mail',
  '“Why do I have to print a label in 2026?”',
  'Waits in the queue at the parcel shop',
  'Refund takes nine days to show on the card',
  'Offer a QR code instead of a printed label',
];

let serial = 0;
const id = () => `0190b6f0-0000-7000-8000-${String(++serial).padStart(12, '0')}`;
const now = Date.UTC(2026, 10, 22);
const key = (n: number) => `a${String(n).padStart(5, '0')}`;

const workshop: Workshop = {
  id: id(),
  title: 'Benchmark',
  question: 'How does a big board keep up?',
  heldOn: '2026-11-22',
  place: '',
  facilitator: '',
  notes: '',
  createdAt: now,
  updatedAt: now,
};

const lanes: Lane[] = LANE_KINDS.map((kind, i) => ({ id: id(), kind, title: `Lane ${i + 1}`, orderKey: key(i), isHidden: false }));
const stages: Stage[] = Array.from({ length: STAGES }, (_, s) => {
  const stageId = id();
  return {
    id: stageId,
    title: `Stage ${s + 1}`,
    orderKey: key(s),
    steps: Array.from({ length: STEPS_PER_STAGE }, (_, t) => ({
      id: id(),
      stageId,
      title: `Step ${s + 1}.${t + 1}`,
      orderKey: key(t),
      isMomentOfTruth: t === 2 && s % 3 === 0,
      basedOn: null,
    })),
  };
});
const steps = stages.flatMap((s) => s.steps);

function card(stepId: string, laneId: string, draft: CardDraft): Card {
  // The core credits cards; the benchmark's all read the same.
  return { id: id(), stepId, laneId, orderKey: key(serial), createdAt: now, updatedAt: now, credit: { to: 'team' }, creditedByName: true, ...draft };
}

// Cells filled row by row, as the real benchmark fills them; the array is kept in cell order.
const KINDS: Card['kind'][] = ['note', 'quote', 'note', 'pain_point', 'opportunity'];
const nth = <T>(list: T[], i: number): T => list[i % list.length] as T;
let cards: Card[] = [];
for (let i = 0; i < CARDS; i++) {
  const step = nth(steps, i);
  const lane = nth(lanes, Math.floor(i / steps.length));
  const draft: CardDraft = { text: `${nth(PHRASES, i)} (${i})`, kind: nth(KINDS, i), source: i % 4 === 0 ? 'customer' : 'team', authorId: null, owner: '', metric: '', target: '', status: 'idea' };
  cards.push(card(step.id, lane.id, draft));
}
const cellOrder = (c: Card) => steps.findIndex((s) => s.id === c.stepId) * lanes.length + lanes.findIndex((l) => l.id === c.laneId);
const sortIntoCells = () => {
  const rank = new Map(cards.map((c, i) => [c.id, cellOrder(c) * 100000 + i]));
  cards.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
};
sortIntoCells();

const emotions: StepEmotions[] = steps.map((step, i) => ({
  stepId: step.id,
  assumed: Math.round(2 * Math.sin(i / 4)),
  desired: Math.min(2, Math.round(2 * Math.sin(i / 4)) + 1),
  rated: { mean: 1.8 * Math.sin(i / 5), min: -2, max: 2, stdDev: 0.9, count: 4 },
  segments: [],
}));

const board = (): Board => ({
  id: boardId,
  workshopId: workshop.id,
  title: 'Big board',
  personaIds: [],
  basedOn: null,
  scenario: 'A customer returns a parcel bought online.',
  expectations: 'A label in a minute and the money back within a week.',
  orderKey: key(0),
  createdAt: now,
  updatedAt: now,
  stages,
  lanes,
  cards,
  ratings: [],
  emotions,
  evidence: [],
  support: [],
});
const boardId = id();

/** Where a card lands: after the `index` first cards of its cell (`null`: at its end). */
function place(moved: Card[], stepId: string, laneId: string, index: unknown) {
  const cell = cards.filter((c) => c.stepId === stepId && c.laneId === laneId);
  const before = cell[Math.min(index === null ? Infinity : Number(index), cell.length) - 1];
  const at = before ? cards.indexOf(before) + 1 : cards.findIndex((c) => cellOrder(c) >= cellOrder({ stepId, laneId } as Card));
  cards = [...cards.slice(0, at < 0 ? cards.length : at), ...moved, ...cards.slice(at < 0 ? cards.length : at)];
}

type Args = Record<string, unknown>;
const handlers: Record<string, (args: Args) => unknown> = {
  store_status: (): StoreStatus => ({ dataFolder: '/tmp/feltboard-bench', problem: null }),
  list_workshops: (): WorkshopSummary[] => [{ ...workshop, participantCount: 0, personaCount: 0, boardCount: 1 }],
  get_workshop: () => workshop,
  list_boards: (): BoardSummary[] => [
    { ...board(), personaNames: [], stageTitles: stages.map((s) => s.title), stepCount: steps.length, cardCount: cards.length },
  ],
  list_personas: () => [],
  list_participants: () => [],
  list_board_templates: () => [],
  get_board: () => board(),
  add_card: ({ stepId, laneId, draft, index }) => {
    const added = card(String(stepId), String(laneId), draft as CardDraft);
    place([added], added.stepId, added.laneId, index);
    return added;
  },
  // What the core makes of typed text is its own rule; here, a team note.
  add_spoken_card: ({ stepId, laneId, text }) => {
    const draft: CardDraft = { text: String(text), kind: 'note', source: 'team', authorId: null, owner: '', metric: '', target: '', status: 'idea' };
    const added = card(String(stepId), String(laneId), draft);
    place([added], added.stepId, added.laneId, null);
    return added;
  },
  move_cards: ({ ids, stepId, laneId, index }) => {
    const moving = new Set(ids as string[]);
    const moved = cards.filter((c) => moving.has(c.id)).map((c) => ({ ...c, stepId: String(stepId), laneId: String(laneId) }));
    cards = cards.filter((c) => !moving.has(c.id));
    place(moved, String(stepId), String(laneId), index);
    return cards.filter((c) => c.stepId === String(stepId) && c.laneId === String(laneId));
  },
};

mockIPC((command, args) => {
  const handler = handlers[command];
  if (!handler) throw new Error(`the benchmark's core has no ${command}`);
  return handler((args ?? {}) as Args);
});
