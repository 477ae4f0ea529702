import { describe, expect, it } from 'vitest';
import { formatHours, parseHours } from './hours-input.ts';

describe('opening hours typed in a form', () => {
  it('reads one or more ranges, with a dash or an en dash, and empty as closed', () => {
    expect(parseHours('08:00-12:00, 13:30–17:00')).toEqual([{ opens: '08:00', closes: '12:00' }, { opens: '13:30', closes: '17:00' }]);
    expect(parseHours('8:00 - 21:00')).toEqual([{ opens: '08:00', closes: '21:00' }]);
    expect(parseHours('18:00–24:00')).toEqual([{ opens: '18:00', closes: '24:00' }]);
    expect(parseHours('  ')).toEqual([]);
  });

  it('refuses what is not a time range', () => {
    expect(parseHours('all day')).toBeNull();
    expect(parseHours('08:00')).toBeNull();
    expect(parseHours('25:00-26:00')).toBeNull();
  });

  it('writes back what it reads', () => {
    const hours = [{ opens: '07:30', closes: '11:30' }, { opens: '13:00', closes: '22:00' }];
    expect(parseHours(formatHours(hours))).toEqual(hours);
  });
});
