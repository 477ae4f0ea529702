import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isIsoDate,
  isoDate,
  parseIsoDate,
  toEpochDay,
} from './iso-date.ts';

describe('ISO calendar dates', () => {
  it('formats and validates calendar dates', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(() => isoDate(2023, 2, 29)).toThrow(RangeError);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(() => parseIsoDate('15/03/2024')).toThrow(RangeError);
  });

  it('knows month lengths including leap Februaries', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
    expect(addMonths('2023-11-15', 2)).toBe('2024-01-15');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
  });

  it('round-trips epoch days', () => {
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(fromEpochDay(toEpochDay('2027-02-28'))).toBe('2027-02-28');
  });

  it('compares like a sort comparator', () => {
    expect(['2025-01-02', '2024-12-31', '2025-01-01'].sort(compareIsoDates)).toEqual([
      '2024-12-31',
      '2025-01-01',
      '2025-01-02',
    ]);
  });
});
