import { SYSTEM_ACTOR } from '../../src/modules/audit/actor.ts';
import { decideApplications } from '../../src/modules/fairs/applications/decide-applications.ts';
import { submitApplication } from '../../src/modules/fairs/applications/submit-application.ts';
import { createFair, updateFair } from '../../src/modules/fairs/fairs/save-fair.ts';
import { layoutWalkingStreet } from '../../src/modules/fairs/floor-plan/layout-walking-street.ts';
import { replaceFloorPlan } from '../../src/modules/fairs/floor-plan/save-floor-plan.ts';
import type { Database } from '../../src/server/db/database.ts';
import type { SignedInUser } from '../../src/server/http/access.ts';
import { addDays } from '../../src/modules/catalogue/domain/iso-date.ts';
import { clock } from '../../src/shared/time/clock.ts';
import type { AllocationRun } from '../../src/modules/fairs/contract.ts';
import type { TestApp } from './test-app.ts';
import { aCertificate, aProduct, aProducer } from './catalogue-fixtures.ts';

const organizer: SignedInUser = {
  id: '00000000-0000-4000-8000-000000000002', email: 'fair-fixtures@test.example', displayName: 'Fixtures', role: 'organizer',
  producerId: null, buyerOrganisationId: null, preferredLanguage: 'vi', mustChangePassword: false,
};
const staffActor = { ...SYSTEM_ACTOR, id: null };

/** A fair 30 days from now, five days long, on a 150-metre street with four regional zones and a pavilion. */
export async function aFairWithStreet(database: Database, slug = 'hoi-cho-thu') {
  const startsOn = addDays(clock.today(), 30);
  const fair = await createFair(database, staffActor, {
    slug, name: { vi: 'Hội chợ OCOP vùng miền', en: 'Regional OCOP fair' }, venue: { vi: 'Phố đi bộ Trịnh Công Sơn', en: 'Trinh Cong Son walking street' },
    startsOn, endsOn: addDays(startsOn, 4),
  });
  await replaceFloorPlan(database, staffActor, fair.id, layoutWalkingStreet({
    lengthMetres: 150,
    zones: [
      { zone: 'northern-mountains', share: 0.2 }, { zone: 'red-river-delta', share: 0.3 }, { zone: 'central-highlands', share: 0.2 },
      { zone: 'southern-delta', share: 0.2 }, { zone: 'foreign', share: 0.1 },
    ],
  }));
  await updateFair(database, staffActor, fair.id, { status: 'applications-open' });
  return { ...fair, startsOn };
}

let counter = 0;
/** A certified producer of the region with one product, its application, optionally approved. */
export async function anApplicant(database: Database, fairId: string, options: { region?: 'red-river-delta' | 'northern-mountains'; stallCount?: 1 | 2; approve?: boolean; expiresInDays?: number } = {}) {
  counter++;
  const producer = await aProducer(database, { name: `HTX Thử nghiệm ${counter}`, address: `Thôn ${counter}`, region: options.region ?? 'red-river-delta', province: options.region === 'northern-mountains' ? 'Lào Cai' : 'Hà Nội' });
  const product = await aProduct(database, producer.id, { vi: `Sản phẩm ${counter}`, en: `Product ${counter}` }, { categoryCode: counter % 2 ? 'I.3.b' : 'IV.1' });
  await aCertificate(database, product.id, { expiresInDays: options.expiresInDays ?? 400 });
  const application = await submitApplication(database, organizer, staffActor, fairId, { producerId: producer.id, stallCount: options.stallCount ?? 1, productIds: [product.id] });
  if (options.approve !== false) await decideApplications(database, staffActor, fairId, { applicationIds: [application.id], decision: 'approved' });
  return { producerId: producer.id, productId: product.id, applicationId: application.id };
}

/**
 * Runs the allocation through the API as an organizer and waits for its end (the run solves in
 * the server's allocation thread; the API answers at once with the running run).
 */
export async function allocateThroughApi(t: TestApp, fairKey: string, payload: Record<string, unknown> = {}): Promise<AllocationRun> {
  const started = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fairKey}/allocation-runs`, payload });
  if (started.statusCode !== 202) throw new Error(`allocation did not start: ${started.body}`);
  return waitForRun(t, fairKey, (started.json() as AllocationRun).id);
}

/** Polls a run until it is no longer running. */
export async function waitForRun(t: TestApp, fairKey: string, runId: string): Promise<AllocationRun> {
  for (;;) {
    const run = (await t.request('organizer', { method: 'GET', url: `/api/fairs/${fairKey}/allocation-runs/${runId}` })).json() as AllocationRun;
    if (run.status !== 'running') return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
