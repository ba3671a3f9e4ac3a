// The emotion scale every curve uses: −2 (upset) to +2 (delighted), always with an emoji and
// a word (`names.emotion`), never colour alone.
import { EMOTION_SCALE } from './bindings';
import { locale } from './words.svelte';

export interface Level {
  score: number;
  emoji: string;
}

/** The scale, top to bottom, as the core defines it (for the board, the phones and the PDF). */
export const LEVELS: readonly Level[] = EMOTION_SCALE.map(([score, emoji]) => ({ score, emoji }));

export function levelOf(score: number): Level {
  const rounded = Math.max(-2, Math.min(2, Math.round(score)));
  return LEVELS.find((l) => l.score === rounded) ?? (LEVELS[2] as Level);
}

/** A score to one decimal in the window's language (1.5, 1,5), with a true minus sign;
 *  `signed` writes + and ± too (a change). */
export function score(value: number, signed = false): string {
  const sign = value < 0 ? '−' : signed ? (value > 0 ? '+' : '±') : '';
  const digits = new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${sign}${digits.format(Math.abs(value))}`;
}

/** A smooth path through points (Catmull-Rom turned into cubic Béziers). */
export function smoothPath(points: { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  const [first] = points;
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i];
    const p1 = points[i];
    const p2 = points[i + 1];
    const p3 = points[i + 2] ?? p2;
    if (!p0 || !p1 || !p2 || !p3) continue;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C ${c1.x} ${c1.y}, ${c2.x} ${c2.y}, ${p2.x} ${p2.y}`;
  }
  return d;
}
