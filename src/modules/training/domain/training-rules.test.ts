import { describe, expect, it } from 'vitest';
import { normaliseCertificateCode, newCertificateCode } from './certificate-code.ts';
import { checkInStatus, checkInToken, checkInWindow, isCheckInOpen, judgeToken } from './check-in-token.ts';
import { judgeCompletion } from './completion.ts';

const rule = (minAttendancePercent: number, assessmentRequired = false) => ({ minAttendancePercent, assessmentRequired });

describe('the completion rule', () => {
  it('meets 80% with exactly 4 of 5 sessions, not with 3 of 4 sessions at 80%', () => {
    expect(judgeCompletion(rule(80), { sessions: 5, attended: 4, assessmentPassed: null })).toMatchObject({ completed: true, attendancePercent: 80, gaps: [] });
    expect(judgeCompletion(rule(80), { sessions: 4, attended: 3, assessmentPassed: null })).toMatchObject({ completed: false, attendancePercent: 75, gaps: ['attendance'] });
    expect(judgeCompletion(rule(81), { sessions: 5, attended: 4, assessmentPassed: null }).completed).toBe(false);
  });

  it('compares exactly and rounds the shown share down (2 of 3 is 66%, short of 67%)', () => {
    expect(judgeCompletion(rule(67), { sessions: 3, attended: 2, assessmentPassed: null })).toMatchObject({ completed: false, attendancePercent: 66 });
    expect(judgeCompletion(rule(66), { sessions: 3, attended: 2, assessmentPassed: null }).completed).toBe(true);
    expect(judgeCompletion(rule(100), { sessions: 3, attended: 3, assessmentPassed: null })).toMatchObject({ completed: true, attendancePercent: 100 });
  });

  it('needs the assessment passed when the course requires it, and completes nobody without sessions', () => {
    expect(judgeCompletion(rule(80, true), { sessions: 5, attended: 5, assessmentPassed: null }).gaps).toEqual(['assessment']);
    expect(judgeCompletion(rule(80, true), { sessions: 5, attended: 5, assessmentPassed: false }).completed).toBe(false);
    expect(judgeCompletion(rule(80, true), { sessions: 5, attended: 4, assessmentPassed: true }).completed).toBe(true);
    expect(judgeCompletion(rule(80, true), { sessions: 5, attended: 3, assessmentPassed: false }).gaps).toEqual(['attendance', 'assessment']);
    expect(judgeCompletion(rule(0), { sessions: 0, attended: 0, assessmentPassed: null })).toMatchObject({ completed: false, gaps: ['no_sessions'] });
    expect(judgeCompletion(rule(0), { sessions: 2, attended: 0, assessmentPassed: null }).completed).toBe(true);
  });
});

describe('the rotating check-in code', () => {
  const secret = 'k'.repeat(43);
  const session = '11111111-2222-4333-8444-555555555555';
  const startsAt = new Date('2030-12-31T01:00:00Z');
  const endsAt = new Date('2030-12-31T04:00:00Z');
  const at = (ms: number) => new Date(startsAt.getTime() + ms);
  const minute = (d: Date) => Math.floor(d.getTime() / 60_000);

  it('accepts the current and the previous minute, not the one before, nor another session\'s', () => {
    const shown = at(5 * 60_000 + 30_000);
    const token = checkInToken(secret, session, minute(shown));
    expect(judgeToken(secret, session, token, shown)).toBe('valid');
    expect(judgeToken(secret, session, token, at(6 * 60_000 + 59_999))).toBe('valid');
    expect(judgeToken(secret, session, token, at(7 * 60_000))).toBe('expired');
    expect(judgeToken(secret, session, token, at(-60_000))).toBe('invalid');
    expect(judgeToken(secret, '11111111-2222-4333-8444-666666666666', token, shown)).toBe('invalid');
    expect(judgeToken('z'.repeat(43), session, token, shown)).toBe('invalid');
    expect(judgeToken(secret, session, 'not-a-token', shown)).toBe('invalid');
  });

  it('is open from 30 minutes before the start to the end, late after the start plus 15 minutes', () => {
    const window = checkInWindow(startsAt, endsAt);
    expect(isCheckInOpen(window, at(-30 * 60_000 - 1))).toBe(false);
    expect(isCheckInOpen(window, at(-30 * 60_000))).toBe(true);
    expect(isCheckInOpen(window, endsAt)).toBe(true);
    expect(isCheckInOpen(window, new Date(endsAt.getTime() + 1))).toBe(false);
    expect(checkInStatus(window, at(15 * 60_000))).toBe('present');
    expect(checkInStatus(window, at(15 * 60_000 + 1))).toBe('late');
  });
});

describe('certificate codes', () => {
  it('are 20 characters of an unambiguous alphabet, and read back whatever the case and dashes', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newCertificateCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{20}$/);
    const code = [...codes][0]!;
    expect(normaliseCertificateCode(`${code.slice(0, 5).toLowerCase()}-${code.slice(5, 10)} ${code.slice(10)}`)).toBe(code);
    expect(normaliseCertificateCode('SHORT')).toBeNull();
  });
});
