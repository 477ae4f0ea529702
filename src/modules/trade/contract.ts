// The trade module's API contract (TypeBox), shared with the web app; one file per area.
export * from './contract/conferences.ts';
export * from './contract/participants.ts';
export * from './contract/meetings.ts';
export * from './contract/schedule-runs.ts';
export * from './contract/outcomes.ts';
export * from './contract/common.ts';
