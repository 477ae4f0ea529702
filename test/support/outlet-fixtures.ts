import { eq } from 'drizzle-orm';
import { createUser } from '../../src/modules/accounts/create-user.ts';
import { SYSTEM_ACTOR } from '../../src/modules/audit/actor.ts';
import type { PointInput } from '../../src/modules/outlets/contract.ts';
import type { CriteriaAnswers, CriteriaDefinition, CriteriaItem } from '../../src/modules/outlets/criteria/definition.ts';
import type { PointStatus } from '../../src/modules/outlets/domain/point-status.ts';
import { createPoint } from '../../src/modules/outlets/points/save-point.ts';
import { outletPoints } from '../../src/modules/outlets/tables.ts';
import type { Role } from '../../src/modules/accounts/roles.ts';
import type { Database } from '../../src/server/db/database.ts';
import { multipart, phonePhoto } from './file-fixtures.ts';
import type { TestApp } from './test-app.ts';

export const A_PHOTO_ID = '6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4';

const OFFICE_HOURS = { opens: '08:00', closes: '17:30' };

/** Monday–Saturday 08:00–17:30, closed on Sunday. */
export const WEEKDAY_HOURS: PointInput['weeklyHours'] = [[OFFICE_HOURS], [OFFICE_HOURS], [OFFICE_HOURS], [OFFICE_HOURS], [OFFICE_HOURS], [OFFICE_HOURS], []];

let counter = 0;

/** A candidate shop in Vạn Phúc ward (names numbered so each call is a new point). */
export function aPoint(database: Database, overrides: Partial<PointInput> = {}) {
  counter += 1;
  return createPoint(database, null, SYSTEM_ACTOR, {
    name: { vi: `Cửa hàng OCOP thử ${counter}`, en: `Test OCOP shop ${counter}` },
    kind: 'shop',
    locationType: 5,
    address: 'Số 1 phố Vạn Phúc',
    commune: 'Phường Hà Đông',
    legacyDistrict: 'Hà Đông',
    latitude: 20.9797,
    longitude: 105.7744,
    floorAreaM2: 80,
    weeklyHours: WEEKDAY_HOURS,
    ...overrides,
  });
}

/** An account of the given role besides the test app's own one (a second surveyor, another operator). */
export async function anotherUser(database: Database, role: 'surveyor' | 'operator', name: string) {
  const { user } = await createUser(database, SYSTEM_ACTOR, { email: `${name}@test.example`, displayName: name, role, password: 'another correct horse battery' });
  return user;
}

/**
 * Answers that pass every item of a definition, numbers well above any threshold; photo items
 * name `photoId` (a real upload when the answers are sent, any id when only evaluated).
 */
export function passingAnswers(definition: CriteriaDefinition, photoId = A_PHOTO_ID): CriteriaAnswers {
  const answer = (item: CriteriaItem) => {
    switch (item.answer) {
      case 'yes-no': return { value: true };
      case 'number': return { value: item.rule === 'min-ocop-share' ? 90 : 1000 };
      case 'choice': return { value: item.choices?.find((c) => c.passes !== false)?.value ?? '' };
      case 'photo': return { value: Array.from({ length: item.minPhotos ?? 1 }, () => photoId) };
      case 'note': return { value: 'Ổn' };
    }
  };
  return Object.fromEntries(definition.sections.flatMap((s) => s.items).map((item) => [item.code, answer(item)]));
}

/** Puts a point straight into a step of its life (the steps' own rules are tested in points.test.ts). */
export async function atStatus(database: Database, pointId: string, status: PointStatus): Promise<void> {
  await database.db.update(outletPoints).set({ status }).where(eq(outletPoints.id, pointId));
}

/** A phone photo uploaded for a survey (staged, the uploader's own until a survey is sent with it). */
export async function uploadSurveyPhoto(t: TestApp, role: Role = 'surveyor'): Promise<{ id: string; url: string }> {
  const body = multipart([{ filename: 'mat-tien.jpg', data: await phonePhoto() }]);
  const response = await t.request(role, { method: 'POST', url: '/api/files?for=outlet-survey', payload: body.payload, headers: body.headers });
  if (response.statusCode !== 201) throw new Error(`upload failed: ${response.statusCode} ${response.body}`);
  return response.json().files[0] as { id: string; url: string };
}
