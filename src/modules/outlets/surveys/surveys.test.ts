import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anotherUser, aPoint, passingAnswers, uploadSurveyPhoto } from '../../../../test/support/outlet-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { auditLog } from '../../audit/tables.ts';
import type { CriteriaAnswers, CriteriaDefinition } from '../criteria/definition.ts';
import { outletSurveySubmissions } from '../tables.ts';

let t: TestApp;
let surveyorId: string;
let definition950: CriteriaDefinition;

beforeAll(async () => {
  t = await createTestApp();
  surveyorId = (await t.as('surveyor')).userId;
  await t.as('organizer');
  const versions = (await t.request('organizer', { method: 'GET', url: '/api/outlets/criteria' })).json().items as { id: string; set: string }[];
  const v950 = versions.find((v) => v.set === 'moit-950');
  definition950 = (await t.request('organizer', { method: 'GET', url: `/api/outlets/criteria/${v950?.id}` })).json().definition;
});
afterAll(() => t.close());

async function assigned(to = surveyorId, pointOverrides = {}) {
  const point = await aPoint(t.database, pointOverrides);
  const response = await t.request('organizer', { method: 'POST', url: `/api/outlets/points/${point.id}/surveys`, payload: { surveyorId: to } });
  expect(response.statusCode, response.body).toBe(201);
  return { point, surveyId: response.json().id as string };
}

/** Passing answers with a photo the surveyor has just taken, but for `overrides`. */
const answersWith = async (overrides: CriteriaAnswers = {}) => ({ ...passingAnswers(definition950, (await uploadSurveyPhoto(t)).id), ...overrides });

const send = async (surveyId: string, submissionId: string, answers?: CriteriaAnswers) =>
  t.request('surveyor', { method: 'POST', url: `/api/outlets/surveys/${surveyId}/submissions`, payload: { submissionId, answers: answers ?? (await answersWith()), position: { latitude: 20.98, longitude: 105.77, accuracyM: 12 } } });

describe('sending a survey from a phone', () => {
  it('takes a resend of the same submission as the same, once', async () => {
    const { surveyId } = await assigned();
    const submissionId = randomUUID();
    const first = await send(surveyId, submissionId);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'submitted', duplicate: false, result: { eligible: true, suggestedDecision: 'approve' } });
    const again = await send(surveyId, submissionId);
    expect(again.json()).toMatchObject({ status: 'submitted', duplicate: true });
    expect(again.json().result).toEqual(first.json().result);
    const audits = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, surveyId), eq(auditLog.action, 'outlet-survey.submit')));
    expect(audits).toHaveLength(1);
  });

  it('keeps one submission when copies of it arrive together', async () => {
    const { surveyId } = await assigned();
    const submissionId = randomUUID();
    const replies = await Promise.all(Array.from({ length: 5 }, () => send(surveyId, submissionId)));
    expect(replies.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(replies.filter((r) => !r.json().duplicate)).toHaveLength(1);
    const stored = await t.database.db.select().from(outletSurveySubmissions).where(eq(outletSurveySubmissions.surveyId, surveyId));
    expect(stored).toHaveLength(1);
  });

  it('records the position the phone gave', async () => {
    const { surveyId } = await assigned();
    await send(surveyId, randomUUID());
    const survey = (await t.request('surveyor', { method: 'GET', url: `/api/outlets/surveys/${surveyId}` })).json();
    expect(survey.position).toEqual({ latitude: 20.98, longitude: 105.77, accuracyM: 12 });
  });

  it('refuses an incomplete survey, naming each item, and a submission id used for another survey', async () => {
    const { surveyId } = await assigned();
    const answers = passingAnswers(definition950);
    delete answers['1.2'];
    const incomplete = await send(surveyId, randomUUID(), answers);
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.code).toBe('survey_incomplete');
    expect(incomplete.json().error.details.problems.map((p: { code: string }) => p.code)).toEqual(['1.2']);

    const submissionId = randomUUID();
    await send(surveyId, submissionId);
    const other = await assigned();
    const reused = await send(other.surveyId, submissionId);
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('submission_id_reused');
  });
});

describe('the photos of a survey', () => {
  const photoItem = () => definition950.sections.flatMap((s) => s.items).find((item) => item.answer === 'photo')!;

  it('become private files of the survey when it is sent: its surveyor and staff see them, no one else', async () => {
    const { surveyId } = await assigned();
    const photo = await uploadSurveyPhoto(t);
    expect((await send(surveyId, randomUUID(), passingAnswers(definition950, photo.id))).statusCode).toBe(200);
    expect((await t.request('surveyor', { method: 'GET', url: photo.url })).statusCode).toBe(200);
    expect((await t.request('organizer', { method: 'GET', url: `${photo.url}/thumb` })).statusCode).toBe(200);
    expect((await t.request(null, { method: 'GET', url: photo.url })).statusCode).toBe(401);
    expect((await t.request('producer', { method: 'GET', url: photo.url })).statusCode).toBe(403);
    const info = (await t.request('organizer', { method: 'GET', url: `${photo.url}/info` })).json();
    expect(info).toMatchObject({ kind: 'image' });
    const survey = (await t.request('organizer', { method: 'GET', url: `/api/outlets/surveys/${surveyId}` })).json();
    expect(survey.answers[photoItem().code].value).toContain(photo.id);
  });

  it("refuse an unknown file and another person's upload, and then keep nothing of the sending", async () => {
    const { surveyId } = await assigned();
    const unknown = await send(surveyId, randomUUID(), passingAnswers(definition950, randomUUID()));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('file_not_found');
    const theirs = await uploadSurveyPhoto(t, 'organizer');
    const borrowed = await send(surveyId, randomUUID(), passingAnswers(definition950, theirs.id));
    expect(borrowed.statusCode).toBe(400);
    expect(borrowed.json().error.code).toBe('file_not_available');
    const survey = (await t.request('surveyor', { method: 'GET', url: `/api/outlets/surveys/${surveyId}` })).json();
    expect(survey).toMatchObject({ status: 'assigned', result: null });
    expect(await t.database.db.select().from(outletSurveySubmissions).where(eq(outletSurveySubmissions.surveyId, surveyId))).toHaveLength(0);
  });

  it('follow the answers when a survey is sent again: a photo taken out is deleted, one kept stays', async () => {
    const { surveyId } = await assigned();
    const first = await uploadSurveyPhoto(t);
    await send(surveyId, randomUUID(), passingAnswers(definition950, first.id));
    await t.request('organizer', { method: 'POST', url: `/api/outlets/surveys/${surveyId}/review`, payload: { outcome: 'has-issues', comment: 'Ảnh mặt tiền bị mờ' } });
    const sharper = await uploadSurveyPhoto(t);
    const again = await send(surveyId, randomUUID(), passingAnswers(definition950, sharper.id));
    expect(again.statusCode, again.body).toBe(200);
    expect((await t.request('organizer', { method: 'GET', url: first.url })).statusCode).toBe(404);
    expect((await t.request('organizer', { method: 'GET', url: sharper.url })).statusCode).toBe(200);
    // Sent once more with the kept photo: nothing to upload, nothing refused.
    await t.request('organizer', { method: 'POST', url: `/api/outlets/surveys/${surveyId}/review`, payload: { outcome: 'has-issues', comment: 'Thiếu ghi chú' } });
    const kept = await send(surveyId, randomUUID(), passingAnswers(definition950, sharper.id));
    expect(kept.statusCode, kept.body).toBe(200);
  });
});

describe('reviewing a survey', () => {
  it('sends it back with issues (comment required), takes a corrected one, then approves it read-only', async () => {
    const { point, surveyId } = await assigned();
    await send(surveyId, randomUUID());
    const blank = await t.request('organizer', { method: 'POST', url: `/api/outlets/surveys/${surveyId}/review`, payload: { outcome: 'has-issues', comment: '  ' } });
    expect(blank.statusCode).toBe(400);
    const issues = await t.request('organizer', { method: 'POST', url: `/api/outlets/surveys/${surveyId}/review`, payload: { outcome: 'has-issues', comment: 'Thiếu ảnh mặt tiền rõ nét' } });
    expect(issues.json()).toEqual({ status: 'has-issues' });
    const corrected = await send(surveyId, randomUUID(), await answersWith({ '1.4': { value: [(await uploadSurveyPhoto(t)).id, (await uploadSurveyPhoto(t)).id] } }));
    expect(corrected.json().status).toBe('submitted');
    const approved = await t.request('organizer', { method: 'POST', url: `/api/outlets/surveys/${surveyId}/review`, payload: { outcome: 'approved', comment: 'Đạt' } });
    expect(approved.json()).toEqual({ status: 'approved' });

    const survey = (await t.request('surveyor', { method: 'GET', url: `/api/outlets/surveys/${surveyId}` })).json();
    expect(survey.open).toBe(false);
    expect(survey.reviews.map((r: { outcome: string }) => r.outcome)).toEqual(['has-issues', 'approved']);
    const late = await send(surveyId, randomUUID());
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('survey_closed');
    const again = await t.request('organizer', { method: 'POST', url: `/api/outlets/surveys/${surveyId}/review`, payload: { outcome: 'rejected', comment: 'Đổi ý' } });
    expect(again.statusCode).toBe(409);

    // Approving the survey of a candidate records the point as surveyed, with who and why.
    const record = (await t.request('organizer', { method: 'GET', url: `/api/outlets/points/${point.id}` })).json();
    expect(record.status).toBe('surveyed');
    expect(record.events.at(-1)).toMatchObject({ from: 'candidate', to: 'surveyed', actorEmail: 'organizer@test.example' });
  });

  it('leaves reviewing to staff, and each surveyor to its own surveys and points', async () => {
    const { surveyId } = await assigned();
    await send(surveyId, randomUUID());
    const bySurveyor = await t.request('surveyor', { method: 'POST', url: `/api/outlets/surveys/${surveyId}/review`, payload: { outcome: 'approved', comment: 'Tự duyệt' } });
    expect(bySurveyor.statusCode).toBe(403);

    const colleague = await anotherUser(t.database, 'surveyor', 'dong-nghiep');
    const theirs = await assigned(colleague.id);
    expect((await t.request('surveyor', { method: 'GET', url: `/api/outlets/surveys/${theirs.surveyId}` })).statusCode).toBe(403);
    expect((await send(theirs.surveyId, randomUUID())).statusCode).toBe(403);
    expect((await t.request('surveyor', { method: 'GET', url: `/api/outlets/points/${theirs.point.id}` })).statusCode).toBe(403);

    const mine = (await t.request('surveyor', { method: 'GET', url: '/api/outlets/surveys?pageSize=200' })).json();
    expect(mine.items.every((s: { surveyor: { id: string } }) => s.surveyor.id === surveyorId)).toBe(true);
    expect(mine.items.some((s: { id: string }) => s.id === theirs.surveyId)).toBe(false);
    const points = (await t.request('surveyor', { method: 'GET', url: '/api/outlets/points?pageSize=200' })).json();
    expect(points.items.some((p: { id: string }) => p.id === theirs.point.id)).toBe(false);
    expect(points.items.length).toBe(mine.total);
  });
});

describe('versions of the criteria', () => {
  it('keep a survey on the version it was made with; a published version never changes', async () => {
    const { surveyId: before } = await assigned();
    const answers = () => answersWith({ '2.3': { value: 75 } });
    await send(before, randomUUID(), await answers());
    await t.request('organizer', { method: 'POST', url: `/api/outlets/surveys/${before}/review`, payload: { outcome: 'approved', comment: 'Đạt' } });
    const kept = (await t.request('organizer', { method: 'GET', url: `/api/outlets/surveys/${before}` })).json();
    expect(kept.result.eligible).toBe(true);

    // The next version asks for 80% OCOP products.
    const draft = await t.request('organizer', { method: 'POST', url: '/api/outlets/criteria', payload: { set: 'moit-950' } });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json().version).toBe(2);
    const stricter = structuredClone(definition950);
    stricter.localRules.minOcopSharePercent = 80;
    expect((await t.request('organizer', { method: 'PUT', url: `/api/outlets/criteria/${draft.json().id}`, payload: { definition: stricter } })).statusCode).toBe(204);
    const { surveyId: during } = await assigned();
    expect((await t.request('organizer', { method: 'POST', url: `/api/outlets/criteria/${draft.json().id}/publish` })).statusCode).toBe(204);

    // The approved survey still says what it said; one assigned before publishing stays on v1.
    expect((await t.request('organizer', { method: 'GET', url: `/api/outlets/surveys/${before}` })).json().result).toEqual(kept.result);
    const duringReceipt = (await send(during, randomUUID(), await answers())).json();
    expect(duringReceipt.result.eligible).toBe(true);
    const { surveyId: after } = await assigned();
    const afterReceipt = (await send(after, randomUUID(), await answers())).json();
    expect(afterReceipt.result.eligible).toBe(false);
    expect(afterReceipt.result.knockOuts.find((k: { code: string }) => k.code === '2.3').reason.en).toContain('minimum 80');
    const surveys = (await t.request('organizer', { method: 'GET', url: '/api/outlets/surveys?pageSize=200' })).json().items;
    expect(surveys.find((s: { id: string }) => s.id === during).criteria.version).toBe(1);
    expect(surveys.find((s: { id: string }) => s.id === after).criteria.version).toBe(2);

    const change = await t.request('organizer', { method: 'PUT', url: `/api/outlets/criteria/${draft.json().id}`, payload: { definition: definition950 } });
    expect(change.statusCode).toBe(409);
    expect(change.json().error.code).toBe('version_published');
    await expect(t.database.db.execute(sql`UPDATE outlet_criteria_versions SET definition = '{}' WHERE id = ${draft.json().id}`)).rejects.toThrow();
  });

  it('refuses to publish a scorecard whose points do not add up', async () => {
    const versions = (await t.request('organizer', { method: 'GET', url: '/api/outlets/criteria' })).json().items as { id: string; set: string; status: string }[];
    const v6385 = versions.find((v) => v.set === 'hanoi-6385' && v.status === 'published');
    const definition = (await t.request('organizer', { method: 'GET', url: `/api/outlets/criteria/${v6385?.id}` })).json().definition;
    definition.scoring.passMark = 120;
    const response = await t.request('organizer', { method: 'POST', url: '/api/outlets/criteria', payload: { set: 'hanoi-6385', definition } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_criteria');
  });
});

describe('choosing a surveyor', () => {
  it('lists the active surveyor accounts to organizers only', async () => {
    const colleague = await anotherUser(t.database, 'surveyor', 'nguoi-khao-sat-moi');
    await anotherUser(t.database, 'operator', 'khong-phai-khao-sat');
    const listed = await t.request('organizer', { method: 'GET', url: '/api/outlets/surveyors' });
    expect(listed.statusCode, listed.body).toBe(200);
    const ids = (listed.json().items as { id: string }[]).map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([surveyorId, colleague.id]));
    expect(listed.json().items.every((s: { email: string }) => !s.email.startsWith('khong-phai'))).toBe(true);
    expect((await t.request('surveyor', { method: 'GET', url: '/api/outlets/surveyors' })).statusCode).toBe(403);
  });
});
