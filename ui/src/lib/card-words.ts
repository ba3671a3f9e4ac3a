// The words for a card's kind and an opportunity's status, as the core names them (the same
// words on the phone and in the PDF).
import { CARD_KIND_NAMES, OPPORTUNITY_STATUS_NAMES, type Card } from './bindings';

export const KIND_NAMES = Object.fromEntries(CARD_KIND_NAMES) as Record<Card['kind'], string>;
export const STATUS_NAMES = Object.fromEntries(OPPORTUNITY_STATUS_NAMES) as Record<Card['status'], string>;
