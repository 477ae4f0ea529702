import { CliError } from '../cli-context.ts';

/** `ocop schedule-b2b INSTANCE.json OUT.json [--time-limit SECONDS]`: the pure B2B scheduler on a JSON instance (no database). */
export async function scheduleB2bCommand(args: string[]): Promise<void> {
  const limitAt = args.indexOf('--time-limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : undefined;
  const [input, output] = args.filter((_, i) => limitAt < 0 || (i !== limitAt && i !== limitAt + 1));
  if (!input || !output || (limit !== undefined && !(limit > 0))) {
    throw new CliError('Usage: ocop schedule-b2b INSTANCE.json OUT.json [--time-limit SECONDS] (format: src/modules/trade/scheduling/README.md)');
  }
  // Loaded on use: the scheduler pulls in the HiGHS solver, which other commands do not need.
  const { runScheduleB2bCli } = await import('../../modules/trade/scheduling/cli.ts');
  const code = await runScheduleB2bCli(input, output, limit === undefined ? {} : { timeLimitSeconds: limit });
  if (code !== 0) throw new CliError(`schedule-b2b failed (exit ${code}); see ${output}`, code);
}
