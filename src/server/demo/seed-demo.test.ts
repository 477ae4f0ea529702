import { afterAll, beforeAll, describe } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { clock } from '../../shared/time/clock.ts';
import type { DemoChecks } from './demo-checks.ts';
import { seedDemo } from './seed-demo.ts';

// The demo is built relative to the platform clock; CI runs this on a leap day and a year end too.
const checks = import.meta.glob<DemoChecks>('../../modules/*/demo/demo-checks.ts', { eager: true, import: 'demoChecks' });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database);
}, 600_000); // seeds the whole demo programme (every module), slow on a shared machine
afterAll(() => t.close());

describe(`the demo programme seeded on ${clock.today()}`, () => {
  for (const [file, register] of Object.entries(checks).sort(([a], [b]) => a.localeCompare(b))) {
    describe(file.split('/')[3] ?? file, () => register(() => t));
  }
});
