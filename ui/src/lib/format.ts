// Words and dates as the facilitator reads them.

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "18 November 2026" from "2026-11-18"; the text unchanged if it is not such a date. */
export function longDate(isoDay: string | null): string {
  if (!isoDay) return '';
  const [year, month, day] = isoDay.split('-').map(Number);
  if (!year || !month || !day) return isoDay;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
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
