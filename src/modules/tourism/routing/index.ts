export { planRoute } from './plan-route.ts';
export { evaluateRoute } from './evaluate-route.ts';
export { validateInstance, InstanceValidationError } from './validate-instance.ts';
export { generateInstance, type GeneratorOptions } from './generate-instance.ts';
export { nearestOpenPlaceNext } from './nearest-open-baseline.ts';
export type * from './types.ts';
