import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { addMonths, isPlatformDate } from './time/iso-date.ts';
import { IsoDate, IsoDateTime } from './schema-types.ts';

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ strict: false }));

describe('dates in the API', () => {
  it('accepts calendar days from 1900 to 2200 and nothing else', () => {
    const valid = ajv.compile(IsoDate);
    for (const day of ['1900-01-01', '2024-02-29', '2200-12-31']) expect(valid(day), day).toBe(true);
    for (const day of ['0000-01-01', '9999-12-31', '1899-12-31', '2201-01-01', '2023-02-29', '2024-13-01', '24-01-01', '+002024-01-01']) {
      expect(valid(day), day).toBe(false);
    }
  });

  it('accepts instants from 1900 to 2200', () => {
    const valid = ajv.compile(IsoDateTime);
    expect(valid('2026-11-28T09:00:00+07:00')).toBe(true);
    for (const at of ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-11-28']) expect(valid(at), at).toBe(false);
  });

  it('leaves every date the schema lets through safe for the date arithmetic', () => {
    for (const day of ['1900-01-01', '2200-12-31']) {
      expect(isPlatformDate(day)).toBe(true);
      expect(() => addMonths(day, 36)).not.toThrow();
      expect(() => addMonths(day, -36)).not.toThrow();
    }
    expect(isPlatformDate('9999-12-31')).toBe(false);
  });
});
