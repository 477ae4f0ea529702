import type { Localized } from '../../../../shared/localized.ts';

export const SURVEY_STATUS_LABELS: Readonly<Record<'assigned' | 'submitted' | 'has-issues' | 'approved' | 'rejected', Localized>> = {
  assigned: { vi: 'Được giao', en: 'Assigned' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  'has-issues': { vi: 'Cần bổ sung', en: 'Has issues' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  rejected: { vi: 'Không duyệt', en: 'Rejected' },
};

export const DECISION_LABELS: Readonly<Record<'approve' | 'improve' | 'reject' | 'incomplete', Localized>> = {
  approve: { vi: 'Đề nghị lựa chọn', en: 'Suggest approval' },
  improve: { vi: 'Đề nghị khắc phục', en: 'Suggest improvements' },
  reject: { vi: 'Đề nghị không chọn', en: 'Suggest rejection' },
  incomplete: { vi: 'Chưa đủ thông tin', en: 'Incomplete' },
};

export const OUTCOME_LABELS: Readonly<Record<'passed' | 'failed' | 'not-applicable' | 'unanswered' | 'recorded', Localized>> = {
  passed: { vi: 'Đạt', en: 'Passed' },
  failed: { vi: 'Không đạt', en: 'Failed' },
  'not-applicable': { vi: 'Không áp dụng', en: 'Not applicable' },
  unanswered: { vi: 'Chưa trả lời', en: 'Unanswered' },
  recorded: { vi: 'Đã ghi nhận', en: 'Recorded' },
};
