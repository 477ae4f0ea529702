import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAllocateStallsCli, type CliConsole } from './cli.ts';
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
    expect(lines[0]).toMatch(/^placed \d+\/150 applications on \d+\/60 stalls$/);
    expect(lines[1]).toMatch(/^objective [\d.]+ \(bound [\d.]+, (proven optimal|gap [\d.]+%)\) by .+ in \d+ ms$/);
    expect(lines).toContainEqual(expect.stringMatching(/^first-come-first-served baseline/));
  });

  it('exits 1 when the input is missing or not JSON', async () => {
    expect(await runAllocateStallsCli(join(dir, 'missing.json'), join(dir, 'out.json'), io)).toBe(1);
    await writeFile(join(dir, 'bad.json'), '{ not json');
    expect(await runAllocateStallsCli(join(dir, 'bad.json'), join(dir, 'out.json'), io)).toBe(1);
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
