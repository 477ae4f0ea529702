import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScheduleB2bCli, type CliConsole } from './cli.ts';
import { evaluateSchedule } from './evaluate-schedule.ts';
import { generateInstance } from './generate-instance.ts';
import type { B2BResult } from './types.ts';

describe('runScheduleB2bCli', () => {
  let dir = '';
  const lines: string[] = [];
  const io: CliConsole = { log: (line) => lines.push(line), error: (line) => lines.push(`! ${line}`) };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'schedule-b2b-'));
    lines.length = 0;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads an instance, writes the schedule with value and bound, and prints a summary (exit 0)', async () => {
    const instance = generateInstance({ sellers: 80, buyers: 25, slots: 8, requests: 400, seed: 2 });
    await writeFile(join(dir, 'in.json'), JSON.stringify(instance));
    expect(await runScheduleB2bCli(join(dir, 'in.json'), join(dir, 'out.json'), {}, io)).toBe(0);
    const result = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as B2BResult;
    expect(evaluateSchedule(instance, result.meetings)).toMatchObject({ feasible: true, value: result.value });
    expect(result.bound).toBeGreaterThanOrEqual(result.value);
    expect(Object.keys(result.meetings[0] ?? {})).toEqual(expect.arrayContaining(['seller', 'buyer', 'slot']));
    expect(lines[1]).toMatch(/^value \d+ \(bound \d+, (proven optimal|gap [\d.]+%)\) by .+ in \d+ ms/);
    expect(lines).toContainEqual(expect.stringMatching(/^first shared free slot baseline \d+ \([\d.]+% of the bound\)$/));
  });

  it('exits 1 when the input is missing or not JSON', async () => {
    expect(await runScheduleB2bCli(join(dir, 'missing.json'), join(dir, 'out.json'), {}, io)).toBe(1);
    await writeFile(join(dir, 'bad.json'), '{ not json');
    expect(await runScheduleB2bCli(join(dir, 'bad.json'), join(dir, 'out.json'), {}, io)).toBe(1);
    expect(lines.every((line) => line.startsWith('! schedule-b2b: cannot read'))).toBe(true);
  });

  it('exits 2 on a malformed instance and writes its errors to OUT.json', async () => {
    await writeFile(join(dir, 'in.json'), JSON.stringify({ slots: 16, sellers: [{ id: 'S0001', available: [0, 16] }], buyers: [], requests: [{ seller: 'S0001', buyer: 'B001', weight: 0 }] }));
    expect(await runScheduleB2bCli(join(dir, 'in.json'), join(dir, 'out.json'), {}, io)).toBe(2);
    const written = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as { errors: { path: string; message: string }[] };
    expect(written.errors.map((e) => e.path)).toEqual(['/sellers/0/available/1', '/requests/0/buyer', '/requests/0/weight']);
    expect(lines.at(-1)).toMatch(/is not a valid instance \(3 error\(s\)\)/);
  });
});
