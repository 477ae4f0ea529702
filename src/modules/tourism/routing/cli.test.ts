import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlanRouteCli, type CliConsole } from './cli.ts';
import { generateInstance } from './generate-instance.ts';
import type { RouteResult } from './types.ts';

describe('ocop plan-route INSTANCE.json OUT.json', () => {
  let dir = '';
  const lines: string[] = [];
  const io: CliConsole = { log: (line) => lines.push(line), error: (line) => lines.push(`! ${line}`) };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plan-route-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the route and prints its value and proof (exit 0)', async () => {
    await writeFile(join(dir, 'in.json'), JSON.stringify(generateInstance({ places: 10, seed: 1 })));
    expect(await runPlanRouteCli(join(dir, 'in.json'), join(dir, 'out.json'), {}, io)).toBe(0);
    const result = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as RouteResult;
    expect(result.feasible).toBe(true);
    expect(Object.keys(result.visits[0] ?? {})).toEqual(['place', 'arrive', 'start', 'leave']);
    expect(lines.at(-1)).toMatch(/^\d+ visits, value \d+ \(bound \d+, proven optimal\), back at \d\d:\d\d, exact in \d+ ms$/);
  });

  it('exits 1 on unreadable input and 2 on a malformed instance, with the errors in OUT.json', async () => {
    expect(await runPlanRouteCli(join(dir, 'missing.json'), join(dir, 'out.json'), {}, io)).toBe(1);
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ dayStart: 450, dayEnd: 1110, start: 'start', end: 'start', nodes: ['start', 'P01'], travelMinutes: [[0, 5], [5, 0]], places: [{ id: 'P02', value: -1, visitMinutes: 30, open: [[600, 500]] }] }));
    expect(await runPlanRouteCli(join(dir, 'bad.json'), join(dir, 'out.json'), {}, io)).toBe(2);
    const written = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as { errors: { path: string }[] };
    expect(written.errors.map((e) => e.path)).toEqual(['/places/0/id', '/places/0/value', '/places/0/open/0']);
  });
});
