import { describe, expect, it } from 'vitest';
import { openState, type HoursException } from './opening-hours.ts';
import type { WeeklyHours } from './shapes.ts';

// Monday–Saturday 08:00–12:00 and 13:30–17:30; closed on Sunday.
const split = [{ opens: '08:00', closes: '12:00' }, { opens: '13:30', closes: '17:30' }];
const weekly: WeeklyHours = [split, split, split, split, split, split, []];
const tet: HoursException = { startsOn: '2027-02-05', endsOn: '2027-02-10', hours: [], label: { vi: 'Nghỉ Tết', en: 'Closed for Tết' } };
const at = (vietnamTime: string) => new Date(`${vietnamTime}+07:00`);

describe('open now, by Vietnam time', () => {
  it('is open inside an interval and closed over lunch, whatever the server zone', () => {
    // 2027-03-03 is a Wednesday. 08:30 in Hanoi is 01:30 UTC, still "the same day" here.
    expect(openState(at('2027-03-03T08:30'), weekly, [])).toMatchObject({ open: true, next: { change: 'closes', day: '2027-03-03', at: '12:00' } });
    expect(openState(at('2027-03-03T12:00'), weekly, [])).toMatchObject({ open: false, next: { change: 'opens', day: '2027-03-03', at: '13:30' } });
    // 00:30 on Thursday in Hanoi is still Wednesday 17:30 UTC: judged as Thursday before opening.
    expect(openState(new Date('2027-03-03T17:30:00Z'), weekly, [])).toMatchObject({ open: false, next: { day: '2027-03-04', at: '08:00' } });
  });

  it('skips a closed Sunday to the next opening', () => {
    expect(openState(at('2027-03-06T18:00'), weekly, [])).toMatchObject({ open: false, next: { change: 'opens', day: '2027-03-08', at: '08:00' } });
  });

  it('follows a dated exception over the weekly hours, and names it', () => {
    const state = openState(at('2027-02-08T09:00'), weekly, [tet]);
    expect(state).toMatchObject({ open: false, today: [], exception: { en: 'Closed for Tết' } });
    expect(state.next).toEqual({ change: 'opens', day: '2027-02-11', at: '08:00' });
    const halfDay: HoursException = { startsOn: '2027-02-11', endsOn: '2027-02-11', hours: [{ opens: '09:00', closes: '11:00' }], label: { vi: 'Mở nửa ngày', en: 'Half day' } };
    expect(openState(at('2027-02-11T10:59'), weekly, [tet, halfDay]).open).toBe(true);
    expect(openState(at('2027-02-11T11:00'), weekly, [tet, halfDay]).open).toBe(false);
  });
});
