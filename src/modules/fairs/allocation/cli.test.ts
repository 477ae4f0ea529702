import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCliArguments, runAllocateStallsCli, type CliConsole } from './cli.ts';
import { evaluateAssignment } from './evaluate-assignment.ts';
import { generateInstance } from './generate-instance.ts';
import type { AllocationResult } from './types.ts';

describe('runAllocateStallsCli', () => {
  let dir = '';
  const lines: string[] = [];
  const io: CliConsole = { log: (line) => lines.push(line), error: (line) => lines.push(`! ${line}`) };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'allocate-stalls-'));
    lines.length = 0;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads an instance, writes the allocation and prints a summary (exit 0)', async () => {
    const instance = generateInstance({ stalls: 60, applications: 150, seed: 2 });
    await writeFile(join(dir, 'in.json'), JSON.stringify(instance));
    expect(await runAllocateStallsCli(join(dir, 'in.json'), join(dir, 'out.json'), io)).toBe(0);
    const result = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as AllocationResult;
    expect(evaluateAssignment(instance, result.assignments)).toMatchObject({ feasible: true, objective: result.objective });
    const summary = lines.filter((line) => !line.startsWith('! '));
    expect(summary[0]).toMatch(/^placed \d+\/150 applications on \d+\/60 stalls$/);
    expect(summary[1]).toMatch(/^objective [\d.]+ \(bound [\d.]+, (proven optimal|gap [\d.]+%.*)\) by .+ in \d+ ms$/);
    expect(summary).toContainEqual(expect.stringMatching(/^first-come-first-served baseline/));
    // On stderr: when the instance was read, counted from process start.
    expect(lines[0]).toMatch(/^! read .*in\.json \d+ ms after process start$/);
  });

  it('takes the time limit from --time-limit and says when it was reached', async () => {
    const instance = generateInstance({ stalls: 150, applications: 400, seed: 2, profile: 'crowded' });
    await writeFile(join(dir, 'in.json'), JSON.stringify(instance));
    const parsed = parseCliArguments([join(dir, 'in.json'), join(dir, 'out.json'), '--time-limit', '0.05']);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(parsed.options).toEqual({ timeLimitSeconds: 0.05 });
    expect(await runAllocateStallsCli(parsed.input, parsed.output, io, parsed.options)).toBe(0);
    const result = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as AllocationResult;
    expect(result.stats).toMatchObject({ endedBy: 'time-limit', timeLimitSeconds: 0.05 });
    expect(evaluateAssignment(instance, result.assignments).feasible).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/gap [\d.]+%, time limit of 0\.05 s reached/));
  });

  it('refuses a time limit that is not a positive number of seconds, and unknown options', () => {
    expect(parseCliArguments(['a.json', 'b.json'])).toEqual({ input: 'a.json', output: 'b.json', options: {} });
    expect(parseCliArguments(['a.json', 'b.json', '--time-limit=2.5'])).toMatchObject({ options: { timeLimitSeconds: 2.5 } });
    expect(parseCliArguments(['a.json', 'b.json', '--time-limit', '0'])).toEqual({ error: expect.stringMatching(/--time-limit/) });
    expect(parseCliArguments(['a.json', 'b.json', '--time-limit', 'ten'])).toEqual({ error: expect.stringMatching(/--time-limit/) });
    expect(parseCliArguments(['a.json', 'b.json', '--time-limit'])).toEqual({ error: expect.stringMatching(/--time-limit/) });
    expect(parseCliArguments(['a.json', 'b.json', '--fast'])).toEqual({ error: 'unknown option --fast' });
    expect(parseCliArguments(['a.json'])).toEqual({ error: 'expected INSTANCE.json OUT.json' });
  });

  it('exits 1 when the input is missing or not JSON', async () => {
    expect(await runAllocateStallsCli(join(dir, 'missing.json'), join(dir, 'out.json'), io)).toBe(1);
    await writeFile(join(dir, 'bad.json'), '{ not json');
    expect(await runAllocateStallsCli(join(dir, 'bad.json'), join(dir, 'out.json'), io)).toBe(1);
    expect(lines.length).toBe(2);
    expect(lines.every((line) => line.startsWith('! allocate-stalls: cannot read'))).toBe(true);
  });

  it('exits 2 on an invalid instance and writes the errors instead of a plan', async () => {
    await writeFile(join(dir, 'in.json'), JSON.stringify({ stalls: [], applications: [{ id: 'a', stalls: 3 }], sameCategoryPenalty: 0 }));
    expect(await runAllocateStallsCli(join(dir, 'in.json'), join(dir, 'out.json'), io)).toBe(2);
    const written = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as { errors: { path: string }[] };
    expect(written.errors.map((e) => e.path)).toContain('/applications/0/stalls');
    expect(lines.at(-1)).toMatch(/is not a valid instance/);
  });
});
