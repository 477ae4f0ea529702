import { describe, expect, it } from 'vitest';
import type { B2BInstance } from './types.ts';
import { validateInstance } from './validate-instance.ts';

const base = (): B2BInstance => ({
  slots: 4,
  sellers: [{ id: 'S1', available: [0, 1, 2, 3] }, { id: 'S2', available: [2, 3] }],
  buyers: [{ id: 'B1', available: [0, 1, 2] }, { id: 'B2', available: [1, 2, 3], table: 'pool' }],
  requests: [{ seller: 'S1', buyer: 'B1', weight: 2 }, { seller: 'S2', buyer: 'B2', weight: 1 }],
  poolTables: 1,
});
const paths = (input: unknown): string[] => validateInstance(input).errors.map((e) => e.path);

describe('validateInstance', () => {
  it('accepts the documented form, with or without the optional parts', () => {
    expect(validateInstance(base())).toEqual({ valid: true, errors: [] });
    const { poolTables: _pool, ...withoutPool } = base();
    expect(validateInstance(withoutPool).valid).toBe(true);
    expect(validateInstance({ ...base(), poolTables: [1, 0, 2, 1], locked: [{ seller: 'S1', buyer: 'B1', slot: 0 }], previous: [{ seller: 'S9', buyer: 'B1', slot: 3 }] }).valid).toBe(true);
  });

  it.each([
    ['not an object', [], ['']],
    ['slots missing', { ...base(), slots: undefined }, ['/slots']],
    ['slots not whole', { ...base(), slots: 2.5 }, ['/slots', '/sellers/0/available/2', '/sellers/0/available/3', '/sellers/1/available/0', '/sellers/1/available/1', '/buyers/0/available/2', '/buyers/1/available/1', '/buyers/1/available/2'].slice(0, 1)],
    ['sellers not an array', { ...base(), sellers: {} }, ['/sellers', '/requests/0/seller', '/requests/1/seller']],
    ['duplicate seller id', { ...base(), sellers: [{ id: 'S1', available: [0] }, { id: 'S1', available: [1] }] }, ['/sellers/1/id', '/requests/1/seller']],
    ['slot out of range', { ...base(), buyers: [{ id: 'B1', available: [0, 4] }, { id: 'B2', available: [-1] }] }, ['/buyers/0/available/1', '/buyers/1/available/0']],
    ['slot listed twice', { ...base(), sellers: [{ id: 'S1', available: [1, 1] }, { id: 'S2', available: [2] }] }, ['/sellers/0/available/1']],
    ['bad table kind', { ...base(), buyers: [{ id: 'B1', available: [0], table: 'shared' }, { id: 'B2', available: [1] }] }, ['/buyers/0/table']],
    ['unknown participants in a request', { ...base(), requests: [{ seller: 'S7', buyer: 'B9', weight: 1 }] }, ['/requests/0/seller', '/requests/0/buyer']],
    ['weight below 1, not a number', { ...base(), requests: [{ seller: 'S1', buyer: 'B1', weight: 0.5 }, { seller: 'S1', buyer: 'B2', weight: '3' }] }, ['/requests/0/weight', '/requests/1/weight']],
    ['pool tables negative', { ...base(), poolTables: -1 }, ['/poolTables']],
    ['pool tables per slot, wrong length', { ...base(), poolTables: [1, 1] }, ['/poolTables']],
    ['locked not an array', { ...base(), locked: { S1: 0 } }, ['/locked']],
    ['previous with a bad slot', { ...base(), previous: [{ seller: 'S1', buyer: 'B1', slot: 'x' }] }, ['/previous/0/slot']],
  ])('reports %s', (_name, input, expected) => {
    const found = paths(input);
    for (const path of expected) expect(found).toContain(path);
    expect(validateInstance(input).valid).toBe(false);
  });

  it('checks each lock against attendance, requests and the other locks', () => {
    const locked = [
      { seller: 'S1', buyer: 'B1', slot: 3 }, // B1 does not attend slot 3
      { seller: 'S2', buyer: 'B1', slot: 2 }, // nobody requested S2–B1
      { seller: 'S1', buyer: 'B1', slot: 1 },
      { seller: 'S1', buyer: 'B2', slot: 1 }, // S1 already locked in slot 1; no request either
      { seller: 'S2', buyer: 'B2', slot: 2 },
      { seller: 'S1', buyer: 'B2', slot: 2 }, // second pool meeting in slot 2, one table
    ];
    const messages = validateInstance({ ...base(), requests: [...base().requests, { seller: 'S1', buyer: 'B2', weight: 1 }], locked }).errors.map((e) => `${e.path} ${e.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\/locked\/0 buyer "B1" does not attend slot 3/),
      expect.stringMatching(/^\/locked\/1 no request between "S2" and "B1"/),
      expect.stringMatching(/^\/locked\/3 seller "S1" already has a locked meeting in slot 1/),
      expect.stringMatching(/^\/locked 2 locked pool meetings in slot 2, but the pool has 1 table/),
    ]));
    expect(messages.some((m) => m.startsWith('/locked/2 '))).toBe(false);
  });

  it('stops listing errors at 200, however broken the input', () => {
    const requests = Array.from({ length: 5_000 }, () => ({ seller: 'nobody', buyer: 'nobody', weight: 0 }));
    expect(validateInstance({ ...base(), requests }).errors).toHaveLength(200);
  });
});
