import { describe, expect, it } from 'vitest';
import { axisAmount } from './number-format.ts';

describe('axisAmount (chart axes)', () => {
  it('writes millions and billions the Vietnamese way, with a decimal comma', () => {
    expect(axisAmount(3_500_000, 'vi')).toBe('3,5\u00a0tr');
    expect(axisAmount(60_000_000, 'vi')).toBe('60\u00a0tr');
    expect(axisAmount(1_250_000_000, 'vi')).toBe('1,3\u00a0tỷ');
    expect(axisAmount(500_000, 'vi')).toBe('500\u00a0nghìn');
    expect(axisAmount(0, 'vi')).toBe('0');
  });

  it('uses English abbreviations in English', () => {
    expect(axisAmount(3_500_000, 'en')).toBe('3.5M');
    expect(axisAmount(1_250_000_000, 'en')).toBe('1.3B');
    expect(axisAmount(500_000, 'en')).toBe('500K');
    expect(axisAmount(0, 'en')).toBe('0');
  });
});
