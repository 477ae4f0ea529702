import type { AttendanceStatus } from './values.ts';

/** Statuses that count as having attended a session. */
export const ATTENDED: readonly AttendanceStatus[] = ['present', 'late'];

export interface CompletionRule { minAttendancePercent: number; assessmentRequired: boolean }
export interface CompletionFacts { sessions: number; attended: number; assessmentPassed: boolean | null }
export type CompletionGap = 'no_sessions' | 'attendance' | 'assessment';

export interface Completion {
  /** Share of the course's sessions attended, rounded down (66.7% is 66). */
  attendancePercent: number;
  attendanceMet: boolean;
  assessmentMet: boolean;
  completed: boolean;
  gaps: CompletionGap[];
}

/**
 * A course's completion rule for one trainee: sessions attended (present or late) at least
 * `minAttendancePercent` of all its sessions, compared exactly (4 of 5 meets 80%), and, when the
 * course requires it, the final assessment passed. A course without sessions completes nobody.
 */
export function judgeCompletion(rule: CompletionRule, facts: CompletionFacts): Completion {
  const gaps: CompletionGap[] = [];
  if (facts.sessions === 0) gaps.push('no_sessions');
  const attendanceMet = facts.sessions > 0 && facts.attended * 100 >= rule.minAttendancePercent * facts.sessions;
  if (facts.sessions > 0 && !attendanceMet) gaps.push('attendance');
  const assessmentMet = !rule.assessmentRequired || facts.assessmentPassed === true;
  if (!assessmentMet) gaps.push('assessment');
  return {
    attendancePercent: facts.sessions === 0 ? 0 : Math.min(100, Math.floor((facts.attended * 100) / facts.sessions)),
    attendanceMet, assessmentMet, completed: gaps.length === 0, gaps,
  };
}
