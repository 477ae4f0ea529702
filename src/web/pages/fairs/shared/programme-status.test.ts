import { describe, expect, it } from 'vitest';
import { programmeStatus } from './programme-status.ts';

const item = (id: string, from: string, to: string) => ({ id, startsAt: `2025-03-10T${from}:00+07:00`, endsAt: `2025-03-10T${to}:00+07:00` });
const day = [item('opening', '08:00', '09:00'), item('trade', '09:30', '11:30'), item('folk', '19:30', '21:00'), item('gongs', '19:30', '20:30')];
const at = (time: string) => new Date(`2025-03-10T${time}:00+07:00`);

describe('programmeStatus', () => {
  it('marks the item under way and the one starting after it', () => {
    expect(programmeStatus(day, at('08:15'))).toEqual({ now: ['opening'], next: ['trade'] });
  });

  it('between items there is nothing now, only next; items starting together are next together', () => {
    expect(programmeStatus(day, at('12:00'))).toEqual({ now: [], next: ['folk', 'gongs'] });
  });

  it('an item is under way from its start until just before its end', () => {
    expect(programmeStatus(day, at('09:30')).now).toEqual(['trade']);
    expect(programmeStatus(day, at('11:30')).now).toEqual([]);
  });

  it('after the last item nothing is marked', () => {
    expect(programmeStatus(day, at('22:00'))).toEqual({ now: [], next: [] });
  });
});
