import type { TestApp } from '../../../test/support/test-app.ts';

/**
 * A module's checks of the demo programme: `it(...)` blocks run after the whole demo was seeded
 * once (src/server/demo/seed-demo.test.ts), on whatever day the clock says. Each module keeps its
 * own in src/modules/<module>/demo/demo-checks.ts (export const demoChecks).
 */
export type DemoChecks = (demo: () => TestApp) => void;
