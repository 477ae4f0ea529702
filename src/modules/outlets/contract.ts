// The outlets module's API contract (TypeBox), shared with the web app; one file per area.
export * from './contract/points.ts';
export * from './contract/criteria.ts';
export * from './contract/surveys.ts';
export * from './contract/stock.ts';
export * from './contract/support.ts';
export * from './contract/opening.ts';
export * from './contract/sales.ts';
export * from './contract/public.ts';
