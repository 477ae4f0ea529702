import type { CriteriaAnswers } from '../../../../modules/outlets/criteria/definition.ts';
import type { SubmissionReceipt } from '../../../../modules/outlets/contract.ts';
import { apiRequest, ApiError } from '../../../api/client.ts';
import { uploadFiles } from '../../../kit/files/file-urls.ts';
import { surveyStore, type OutboxEntry } from './survey-store.ts';

export type SendOutcome = { surveyId: string; sent: true; receipt: SubmissionReceipt } | { surveyId: string; sent: false; offline: boolean; error: string };

/** A failure worth trying again later: no connection, or the server unreachable or failing. */
const retryable = (error: unknown) => !(error instanceof ApiError) || error.status === 0 || error.status >= 500;

/** Sends one queued survey: photos first (their ids kept), then the answers with the survey's one submission id. */
export async function sendQueued(entry: OutboxEntry): Promise<SendOutcome> {
  try {
    const uploaded = { ...entry.uploaded };
    for (const [code, blobs] of Object.entries(entry.photos)) {
      if (uploaded[code] || blobs.length === 0) continue;
      const files = blobs.map((blob, i) => new File([blob], `khao-sat-${code}-${i + 1}.jpg`, { type: blob.type || 'image/jpeg' }));
      uploaded[code] = (await uploadFiles(files, 'outlet-survey')).map((f) => f.id);
      await surveyStore.updateQueued({ ...entry, uploaded });
    }
    const answers: CriteriaAnswers = { ...entry.answers };
    for (const [code, ids] of Object.entries(uploaded)) answers[code] = { ...answers[code], value: [...(Array.isArray(answers[code]?.value) ? (answers[code]?.value as string[]) : []), ...ids] };
    const receipt = await apiRequest<SubmissionReceipt>(`/api/outlets/surveys/${entry.surveyId}/submissions`, {
      method: 'POST',
      body: { submissionId: entry.submissionId, answers, answeredAt: entry.answeredAt, ...(entry.position ? { position: entry.position } : {}) },
    });
    await surveyStore.sent(entry.surveyId);
    return { surveyId: entry.surveyId, sent: true, receipt };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await surveyStore.updateQueued({ ...entry, attempts: entry.attempts + 1, lastError: message });
    return { surveyId: entry.surveyId, sent: false, offline: retryable(error), error: message };
  }
}

let flushing: Promise<SendOutcome[]> | null = null;

/** Sends everything waiting on the phone, one at a time; a second call while sending waits for the first. */
export function sendAllQueued(): Promise<SendOutcome[]> {
  flushing ??= (async () => {
    const outcomes: SendOutcome[] = [];
    for (const entry of await surveyStore.outbox()) outcomes.push(await sendQueued(entry));
    return outcomes;
  })().finally(() => { flushing = null; });
  return flushing;
}
