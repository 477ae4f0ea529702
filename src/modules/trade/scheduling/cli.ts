import { readFile } from 'node:fs/promises';
import { EXIT, reportInvalidInstance, writeJsonOutput, type CliConsole } from '../../../cli/solver-cli-io.ts';
import { scheduleMeetings } from './schedule-meetings.ts';
import type { B2BResult, ScheduleOptions } from './types.ts';
import { InstanceValidationError } from './validate-instance.ts';

export type { CliConsole };
export { EXIT };

/**
 * `ocop schedule-b2b INSTANCE.json OUT.json`: the only I/O of the scheduler.
 * Writes the B2BResult to OUT.json, or `{ "errors": [...] }` when the instance
 * is invalid, and prints a short summary.
 * Exit codes: 0 ok, 1 file or JSON problem, 2 invalid instance, 3 internal error.
 */
export async function runScheduleB2bCli(inputPath: string, outputPath: string, options: ScheduleOptions = {}, io: CliConsole = console): Promise<number> {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(inputPath, 'utf8'));
  } catch (error) {
    io.error(`schedule-b2b: cannot read ${inputPath}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.io;
  }
  let result: B2BResult;
  try {
    // scheduleMeetings validates first; the cast only names what is about to be checked.
    result = await scheduleMeetings(input as Parameters<typeof scheduleMeetings>[0], options);
  } catch (error) {
    if (error instanceof InstanceValidationError) return reportInvalidInstance('schedule-b2b', inputPath, outputPath, error.errors, io);
    io.error(`schedule-b2b: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.internal;
  }
  if (!(await writeJsonOutput('schedule-b2b', outputPath, result, io))) return EXIT.io;
  for (const line of summarise(result)) io.log(line);
  return EXIT.ok;
}

export function summarise(result: B2BResult): string[] {
  const { stats } = result;
  const percent = (x: number): string => `${(100 * x).toFixed(2)}%`;
  const proof = result.status === 'optimal' ? 'proven optimal' : `gap ${percent(result.gap)}`;
  const reasons = new Map<string, number>();
  for (const u of result.unplaced) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  const lines = [
    `${stats.meetings} meetings of ${stats.pairs} requested pairs, ${stats.sellers} sellers, ${stats.buyers} buyers, ${stats.slots} slots`,
    `value ${result.value} (bound ${result.bound}, ${proof}) by ${result.method} in ${stats.timeMs} ms${stats.timeLimitHit ? ' (time budget reached)' : ''}`,
  ];
  if (result.bound > 0) lines.push(`first shared free slot baseline ${stats.baselineValue} (${percent(stats.baselineValue / result.bound)} of the bound)`);
  if (reasons.size > 0) lines.push(`unplaced: ${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')}`);
  if (result.changes !== undefined) {
    const c = result.changes;
    lines.push(`against the previous schedule: ${c.kept} kept, ${c.moved.length} moved, ${c.dropped.length} dropped, ${c.added} added`);
  }
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  return lines;
}
