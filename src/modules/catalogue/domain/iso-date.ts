// Calendar dates are shared by every module; the catalogue domain re-exports them for its callers.
export * from '../../../shared/time/iso-date.ts';
