import type { Localized } from '../../../shared/localized.ts';
import { PRODUCER_TYPES } from '../../catalogue/domain/producer-types.ts';
import type { TrainingFigures, TrainingReport, TrainingReportRow } from '../contract.ts';
import { AUDIENCE_LABELS, TOPIC_LABELS } from '../domain/labels.ts';
import { AUDIENCES, TOPICS } from '../domain/values.ts';
import type { CourseFacts, TraineeFacts } from './course-facts.ts';

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.floor((part * 100) / whole));
const NO_PRODUCER: Localized = { vi: 'Không thuộc chủ thể OCOP', en: 'Not for a producer' };
const NO_COMMUNE: Localized = { vi: 'Chưa ghi xã, phường', en: 'Commune not given' };

interface Seat { course: CourseFacts; trainee: TraineeFacts }

/** The figures of some seats: attendance counts each seat against its own course's sessions. */
function figures(seats: readonly Seat[], courses: number): TrainingFigures {
  const attended = seats.reduce((s, x) => s + x.trainee.attended, 0);
  const possible = seats.reduce((s, x) => s + x.course.sessions, 0);
  const completed = seats.filter((x) => x.trainee.completed).length;
  return {
    courses, trainees: seats.length, attendancePercent: percent(attended, possible), completed, completionPercent: percent(completed, seats.length),
    certificates: seats.filter((x) => x.trainee.certified).length,
  };
}

function groupBy(seats: readonly Seat[], keyOf: (seat: Seat) => string, labelOf: (key: string) => Localized, order: readonly string[] | null): TrainingReportRow[] {
  const groups = new Map<string, Seat[]>();
  for (const key of order ?? []) groups.set(key, []);
  for (const seat of seats) {
    const key = keyOf(seat);
    groups.set(key, [...(groups.get(key) ?? []), seat]);
  }
  const rows = [...groups].map(([key, mine]) => ({ key, label: labelOf(key), ...figures(mine, new Set(mine.map((s) => s.course.id)).size) }));
  // Fixed lists keep their order (every topic shows, with 0); open ones (communes) most trainees first.
  return order ? rows : rows.sort((a, b) => b.trainees - a.trainees || a.label.vi.localeCompare(b.label.vi, 'vi'));
}

/** The year's training by course, topic, audience, producer type and commune. */
export function trainingReport(year: number, courses: readonly CourseFacts[]): TrainingReport {
  const seats = courses.flatMap((course) => course.trainees.map((trainee) => ({ course, trainee })));
  const totals = figures(seats, courses.length);
  return {
    year,
    // A course's certificates are its own count (one revoked later drops from both).
    totals: { ...totals, certificates: courses.reduce((s, c) => s + c.certificates, 0) },
    byCourse: courses.map((course) => ({ key: course.slug, label: course.name, ...figures(course.trainees.map((trainee) => ({ course, trainee })), 1), certificates: course.certificates })),
    byTopic: groupBy(seats, (s) => s.course.topic, (key) => TOPIC_LABELS[key as keyof typeof TOPIC_LABELS] ?? { vi: key, en: key }, TOPICS)
      .map((row) => ({ ...row, courses: courses.filter((c) => c.topic === row.key).length })),
    byAudience: groupBy(seats, (s) => s.trainee.audience, (key) => AUDIENCE_LABELS[key as keyof typeof AUDIENCE_LABELS] ?? { vi: key, en: key }, AUDIENCES),
    byProducerType: groupBy(seats, (s) => s.trainee.producerType ?? 'none', (key) => PRODUCER_TYPES.find((p) => p.code === key)?.label ?? NO_PRODUCER, [...PRODUCER_TYPES.map((p) => p.code), 'none']),
    byCommune: groupBy(seats, (s) => s.trainee.commune, (key) => (key ? { vi: key, en: key } : NO_COMMUNE), null),
  };
}
