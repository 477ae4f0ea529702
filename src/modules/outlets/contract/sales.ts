import { Type, type Static } from '@sinclair/typebox';
import { StringEnum, Text, Uuid } from '../../../shared/schema-types.ts';
import { MONTH_PATTERN } from '../sales/months.ts';

const Localized = Type.Object({ vi: Type.String(), en: Type.String() });
export const MonthSchema = Type.String({ pattern: MONTH_PATTERN, description: 'yyyy-MM' });

export const SalesMonthParams = Type.Object({ point: Type.String({ pattern: '^[a-z0-9-]{3,80}$' }), month: MonthSchema }, { additionalProperties: false });

export const SalesLineInput = Type.Object({
  stockItemId: Uuid,
  units: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
  salesVnd: Type.Integer({ minimum: 0, maximum: 1_000_000_000_000 }),
}, { additionalProperties: false });
export const SalesReportInput = Type.Object({ lines: Type.Array(SalesLineInput, { maxItems: 2000 }) }, { additionalProperties: false });
export type SalesReportInput = Static<typeof SalesReportInput>;

export const SalesMonth = Type.Object({
  month: Type.String(),
  reported: Type.Boolean(),
  totalVnd: Type.Integer(),
  totalUnits: Type.Integer(),
  source: Type.Union([StringEnum(['form', 'spreadsheet'] as const), Type.Null()]),
  submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type SalesMonth = Static<typeof SalesMonth>;

export const PointSales = Type.Object({
  /** The last twelve months up to the current one, oldest first; unreported months show zero. */
  months: Type.Array(SalesMonth),
  latestDueMonth: Type.String(),
  topProducts: Type.Array(Type.Object({ stockItemId: Uuid, name: Localized, units: Type.Integer(), salesVnd: Type.Integer() })),
});
export type PointSales = Static<typeof PointSales>;

export const SalesReportDetail = Type.Object({
  month: Type.String(),
  reported: Type.Boolean(),
  lines: Type.Array(Type.Object({ stockItemId: Uuid, name: Localized, units: Type.Integer(), salesVnd: Type.Integer() })),
});

export const SalesImportQuery = Type.Object({ fileName: Text({ min: 1, max: 255 }), dryRun: Type.Optional(Type.Boolean({ default: false })) }, { additionalProperties: false });
export const SalesTemplateQuery = Type.Object({ format: Type.Optional(StringEnum(['xlsx', 'csv'] as const)) }, { additionalProperties: false });

export const SalesDashboard = Type.Object({
  months: Type.Array(Type.Object({ month: Type.String(), totalVnd: Type.Integer(), totalUnits: Type.Integer(), reportingPoints: Type.Integer() })),
  points: Type.Array(Type.Object({
    pointId: Uuid, slug: Type.String(), name: Localized, status: Type.String(),
    last12Vnd: Type.Integer(), lastMonthVnd: Type.Union([Type.Integer(), Type.Null()]),
  })),
});
export type SalesDashboard = Static<typeof SalesDashboard>;

export const WARNING_RULES = ['missed-report', 'sales-falling', 'ocop-share-low', 'expired-products'] as const;
export const EarlyWarnings = Type.Object({
  checkedOn: Type.String(),
  points: Type.Array(Type.Object({
    pointId: Uuid, slug: Type.String(), name: Localized, status: Type.String(), commune: Type.String(),
    reasons: Type.Array(Type.Object({ rule: StringEnum(WARNING_RULES), message: Localized })),
  })),
});
export type EarlyWarnings = Static<typeof EarlyWarnings>;
