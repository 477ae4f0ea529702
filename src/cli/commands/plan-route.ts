import { CliError } from '../cli-context.ts';

/** `ocop plan-route INSTANCE.json OUT.json [--time-limit SECONDS]`: the pure day-route planner on a JSON instance (no database). */
export async function planRouteCommand(args: string[]): Promise<void> {
  const limitAt = args.indexOf('--time-limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : undefined;
  const [input, output] = args.filter((_, i) => limitAt < 0 || (i !== limitAt && i !== limitAt + 1));
  if (!input || !output || (limit !== undefined && !(limit > 0))) {
    throw new CliError('Usage: ocop plan-route INSTANCE.json OUT.json [--time-limit SECONDS] (format: src/modules/tourism/routing/README.md)');
  }
  const { runPlanRouteCli } = await import('../../modules/tourism/routing/cli.ts');
  const code = await runPlanRouteCli(input, output, limit === undefined ? {} : { timeLimitMs: limit * 1000 });
  if (code !== 0) throw new CliError(`plan-route failed (exit ${code}); see ${output}`, code);
}
