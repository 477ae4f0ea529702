import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatVnd, parseDate } from './format.ts';

describe('formatDate', () => {
  it('shows an ISO calendar date as dd/MM/yyyy without a time-zone shift', () => {
    expect(formatDate('2025-01-05')).toBe('05/01/2025');
    expect(formatDate('2024-12-31')).toBe('31/12/2024');
  });
  it('shows a timestamp as its day in Hanoi', () => {
    // 20:00 UTC on 31 Dec is already 1 Jan in Hanoi (UTC+7).
    expect(formatDate('2024-12-31T20:00:00Z')).toBe('01/01/2025');
    expect(formatDate(new Date(Date.UTC(2025, 2, 9, 3)))).toBe('09/03/2025');
  });
  it('gives an empty text for missing or invalid values', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('shows dd/MM/yyyy HH:mm in Hanoi time, 24-hour clock', () => {
    expect(formatDateTime('2025-03-09T13:05:00Z')).toBe('09/03/2025 20:05');
    expect(formatDateTime('2025-03-09T17:30:00Z')).toBe('10/03/2025 00:30');
  });
  it('gives an empty text for invalid values', () => {
    expect(formatDateTime('')).toBe('');
    expect(formatDateTime('yesterday')).toBe('');
  });
});

describe('formatVnd', () => {
  it('uses dots for thousands and the dong sign', () => {
    expect(formatVnd(1_250_000).replace(/\s/g, ' ')).toBe('1.250.000 ₫');
    expect(formatVnd(0).replace(/\s/g, ' ')).toBe('0 ₫');
    expect(formatVnd(12_345.6).replace(/\s/g, ' ')).toBe('12.346 ₫');
  });
  it('gives an empty text for missing or non-finite amounts', () => {
    expect(formatVnd(null)).toBe('');
    expect(formatVnd(Number.NaN)).toBe('');
  });
});

describe('parseDate', () => {
  it('reads dates typed day first, with the usual separators', () => {
    expect(parseDate('15/03/2024')).toBe('2024-03-15');
    expect(parseDate('5/3/2024')).toBe('2024-03-05');
    expect(parseDate(' 15-03-2024 ')).toBe('2024-03-15');
    expect(parseDate('15.03.2024')).toBe('2024-03-15');
    expect(parseDate('15032024')).toBe('2024-03-15');
  });

  it('refuses days that do not exist and other text', () => {
    expect(parseDate('29/02/2023')).toBeNull();
    expect(parseDate('31/04/2024')).toBeNull();
    expect(parseDate('2024-03-15')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate('hôm nay')).toBeNull();
  });

  it('round-trips with formatDate', () => {
    expect(parseDate(formatDate('2024-02-29'))).toBe('2024-02-29');
  });
});
