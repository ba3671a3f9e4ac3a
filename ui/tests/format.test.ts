import { describe, expect, it } from 'vitest';
import { initials, longDate, quoted, textOn } from '../src/lib/format';

describe('format', () => {
  it('puts what someone said in one pair of curly quotes, whatever marks were typed (as the PDF does)', () => {
    for (const typed of ['I cut the plastic.', '"I cut the plastic."', '“I cut the plastic.”', ' «I cut the plastic.» ']) {
      expect(quoted(typed), typed).toBe('“I cut the plastic.”');
    }
    expect(quoted('It’s “fine”, she said')).toBe('“It’s “fine”, she said”');
  });

  it('writes a day in full, and leaves text that is not a day alone', () => {
    expect(longDate('2026-11-18')).toBe('18 November 2026');
    expect(longDate(null)).toBe('');
    expect(longDate('soon')).toBe('soon');
  });

  it('takes initials from the first and last word, in any script', () => {
    expect(initials('Maya Okafor')).toBe('MO');
    expect(initials('Sam the Serial Returner')).toBe('SR');
    expect(initials('Zoë')).toBe('Z');
    expect(initials('Ελένη Παππά')).toBe('ΕΠ');
    expect(initials('Priya — customer service')).toBe('PS');
  });

  it('writes initials in white where it reads, and in ink on light colours', () => {
    expect(textOn('#0072b2'), 'blue').toBe('#ffffff');
    expect(textOn('#1c2530'), 'ink').toBe('#ffffff');
    expect(textOn('#e69f00'), 'orange, 2.3:1 against white').toBe('#1c2530');
    expect(textOn('#d55e00'), 'vermilion, 3.9:1 against white').toBe('#1c2530');
    expect(textOn('not a colour')).toBe('#ffffff');
  });
});
