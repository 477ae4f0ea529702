import { readFile, writeFile } from 'node:fs/promises';
import { planRoute } from './plan-route.ts';
import type { PlanOptions, RouteInstance, RouteResult } from './types.ts';
import { InstanceValidationError } from './validate-instance.ts';
import { clockText } from './explain-infeasible.ts';

export interface CliConsole {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Exit codes of `ocop plan-route`. */
export const EXIT = { ok: 0, io: 1, invalidInstance: 2, internal: 3 } as const;

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
    if (error instanceof InstanceValidationError) {
      for (const e of error.errors.slice(0, 20)) io.error(`  ${e.path || '/'}: ${e.message}`);
      io.error(`plan-route: ${inputPath} is not a valid instance (${error.errors.length} error(s))`);
      return (await write(outputPath, { errors: error.errors }, io)) ? EXIT.invalidInstance : EXIT.io;
    }
    io.error(`plan-route: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.internal;
  }
  if (!(await write(outputPath, result, io))) return EXIT.io;
  if (!result.feasible) io.log(`no route: ${result.reason}`);
  else {
    io.log(`${result.visits.length} visits, value ${result.value} (bound ${Number(result.bound.toFixed(3))}, ${result.status === 'optimal' ? 'proven optimal' : `gap ${(100 * result.gap).toFixed(2)}%`}), back at ${clockText(result.back)}, ${result.method} in ${result.stats.timeMs} ms`);
  }
  return EXIT.ok;
}

async function write(path: string, value: unknown, io: CliConsole): Promise<boolean> {
  try {
    await writeFile(path, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
    return true;
  } catch (error) {
    io.error(`plan-route: cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
