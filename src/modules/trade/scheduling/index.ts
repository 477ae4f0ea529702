export { scheduleMeetings } from './schedule-meetings.ts';
export { evaluateSchedule } from './evaluate-schedule.ts';
export { validateInstance, InstanceValidationError } from './validate-instance.ts';
export { generateInstance, type GeneratorOptions } from './generate-instance.ts';
export { runScheduleB2bCli } from './cli.ts';
export type * from './types.ts';
