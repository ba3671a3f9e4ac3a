// Words and dates as the facilitator reads them, in the window's language.

import type { FluentVariable } from '@fluent/bundle';
import { QUOTE_MARKS, type Language } from './bindings';
import { locale, pieces, t } from './words.svelte';

/** Where a language's days are written as a region writes them: Feltboard's English is British. */
const DAYS_AS_IN: Partial<Record<Language, string>> = { en: 'en-GB' };

/** "18 November 2026" from "2026-11-18", in the window's language; the text unchanged if it
 *  is not such a date. */
export function longDate(isoDay: string | null): string {
  if (!isoDay) return '';
  const [year, month, day] = isoDay.split('-').map(Number);
  if (!year || !month || !day) return isoDay;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString(DAYS_AS_IN[locale()] ?? locale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Up to two initials for an avatar: "Maya Okafor" → "MO". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words.slice(0, 1);
  return letters.map((w) => [...(w ?? '')][0]?.toUpperCase() ?? '').join('');
}

const INK = '#1c2530';

/** How light `hex` (`#rrggbb`) is to the eye: WCAG's relative luminance, 0 to 1. */
function luminance(hex: string): number {
  const channel = (at: number) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Text on `background` (`#rrggbb`): white, or the ink where white would be too faint to read. */
export function textOn(background: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(background)) return '#ffffff';
  // White's contrast with the background, from the WCAG formula (1.05 / (L + 0.05)).
  return 1.05 / (luminance(background) + 0.05) >= 4.5 ? '#ffffff' : INK;
}

/** What someone said, between one pair of the language's quotation marks whatever marks were
 *  typed around it: the core's rule (`text::quoted`), with its marks. */
export function quoted(text: string): string {
  const marks = new Set<string>(QUOTE_MARKS);
  const chars = [...text.trim()];
  let start = 0;
  let end = chars.length;
  while (start < end && marks.has(chars[start] ?? '')) start++;
  while (end > start && marks.has(chars[end - 1] ?? '')) end--;
  return t('quoted', { text: chars.slice(start, end).join('').trim() });
}

/** A sentence with one part shown apart (a name in bold, a key): the words before and after
 *  the variable `slot`, said as one message so that its translation can put the part anywhere. */
export function around(id: string, slot: string, args: Record<string, FluentVariable> = {}): [string, string] {
  const [before = '', , after = ''] = pieces(id, args, { [slot]: '' });
  return [before, after];
}
