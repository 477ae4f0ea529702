/** What a course teaches: culture and tourism skills to introduce OCOP products to visitors. */
export const TOPICS = ['storytelling', 'visitor-service', 'display', 'online-selling', 'foreign-language'] as const;
export type Topic = (typeof TOPICS)[number];

/** Who a course is for: producers (chủ thể OCOP), point-of-sale staff, craft-village guides, commune officials. */
export const AUDIENCES = ['producer', 'point-staff', 'guide', 'commune-official'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const COURSE_STATUSES = ['draft', 'open', 'full', 'running', 'completed', 'cancelled'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export const ENROLMENT_STATUSES = ['enrolled', 'waitlisted', 'cancelled'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const ENROLMENT_SOURCES = ['self', 'organizer', 'import'] as const;
export type EnrolmentSource = (typeof ENROLMENT_SOURCES)[number];

export const ATTENDANCE_STATUSES = ['present', 'late', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface CourseLink {
  title: { vi: string; en: string };
  url: string;
}
