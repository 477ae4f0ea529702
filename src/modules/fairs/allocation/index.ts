/** Stall allocation for OCOP fairs: the public surface of this folder. */
export { allocateStalls } from './allocate-stalls.ts';
export { allocateFirstComeFirstServed, type BaselineResult } from './first-come-first-served.ts';
export { evaluateAssignment } from './evaluate-assignment.ts';
export { assertValidInstance, InstanceValidationError, validateInstance, type ValidationReport } from './validate-instance.ts';
export { generateInstance, type GenerateOptions } from './generate-instance.ts';
export { parseCliArguments as parseAllocateStallsArguments, runAllocateStallsCli, EXIT as ALLOCATE_STALLS_EXIT } from './cli.ts';
export type * from './types.ts';
