import { readFile } from 'node:fs/promises';
import { EXIT, reportInvalidInstance, writeJsonOutput, type CliConsole } from '../../../cli/solver-cli-io.ts';
import { planRoute } from './plan-route.ts';
import type { PlanOptions, RouteInstance, RouteResult } from './types.ts';
import { InstanceValidationError } from './validate-instance.ts';
import { clockText } from './explain-infeasible.ts';

export type { CliConsole };
export { EXIT };

/**
 * `ocop plan-route INSTANCE.json OUT.json`: the only I/O of the planner. Writes
 * the RouteResult (an infeasible answer is a result too, exit 0), or
 * `{ "errors": [...] }` with exit 2 for a malformed instance.
 */
export async function runPlanRouteCli(inputPath: string, outputPath: string, options: PlanOptions = {}, io: CliConsole = console): Promise<number> {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(inputPath, 'utf8'));
  } catch (error) {
    io.error(`plan-route: cannot read ${inputPath}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.io;
  }
  let result: RouteResult;
  try {
    result = planRoute(input as RouteInstance, options);
  } catch (error) {
    if (error instanceof InstanceValidationError) return reportInvalidInstance('plan-route', inputPath, outputPath, error.errors, io);
    io.error(`plan-route: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.internal;
  }
  if (!(await writeJsonOutput('plan-route', outputPath, result, io))) return EXIT.io;
  if (!result.feasible) io.log(`no route: ${result.reason}`);
  else {
    io.log(`${result.visits.length} visits, value ${result.value} (bound ${Number(result.bound.toFixed(3))}, ${result.status === 'optimal' ? 'proven optimal' : `gap ${(100 * result.gap).toFixed(2)}%`}), back at ${clockText(result.back)}, ${result.method} in ${result.stats.timeMs} ms`);
  }
  return EXIT.ok;
}
