import type { Localized } from '../../shared/localized.ts';

export const PROJECT_STATUSES = ['planned', 'in-progress', 'on-hold', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** The centre project's stages (đề xuất, thẩm định, phê duyệt, xây dựng, khai trương), in order. */
export const MILESTONE_STAGES = ['proposal', 'appraisal', 'approval', 'construction', 'opening'] as const;
export type MilestoneStage = (typeof MILESTONE_STAGES)[number];

export const BUDGET_SOURCES = ['city', 'commune', 'social', 'other'] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

/** Activities whose owner and budget the programme keeps (their results stay in their modules). */
export const PLANNED_ACTIVITY_KINDS = ['fair', 'conference', 'point-of-sale'] as const;
export type PlannedActivityKind = (typeof PLANNED_ACTIVITY_KINDS)[number];
export const ACTIVITY_KINDS = [...PLANNED_ACTIVITY_KINDS, 'training', 'opening', 'project'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, Localized>> = {
  fair: { vi: 'Hội chợ', en: 'Fair' },
  conference: { vi: 'Hội nghị kết nối cung cầu', en: 'Trade-connection conference' },
  'point-of-sale': { vi: 'Điểm giới thiệu và bán sản phẩm', en: 'Point of sale' },
  training: { vi: 'Khoá tập huấn', en: 'Training course' },
  opening: { vi: 'Lễ khai trương điểm bán', en: 'Point-of-sale opening ceremony' },
  project: { vi: 'Dự án', en: 'Project' },
};

export const MILESTONE_LABELS: Readonly<Record<MilestoneStage, Localized>> = {
  proposal: { vi: 'Đề xuất', en: 'Proposal' },
  appraisal: { vi: 'Thẩm định', en: 'Appraisal' },
  approval: { vi: 'Phê duyệt', en: 'Approval' },
  construction: { vi: 'Xây dựng', en: 'Construction' },
  opening: { vi: 'Khai trương', en: 'Opening' },
};

export const PROJECT_STATUS_LABELS: Readonly<Record<ProjectStatus, Localized>> = {
  planned: { vi: 'Kế hoạch', en: 'Planned' },
  'in-progress': { vi: 'Đang triển khai', en: 'In progress' },
  'on-hold': { vi: 'Tạm dừng', en: 'On hold' },
  completed: { vi: 'Hoàn thành', en: 'Completed' },
  cancelled: { vi: 'Huỷ', en: 'Cancelled' },
};
