import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CriteriaAnswers } from '../../../../modules/outlets/criteria/definition.ts';
import type { Survey } from '../../../../modules/outlets/contract.ts';

export interface Position { latitude: number; longitude: number; accuracyM?: number }

/** What the surveyor has answered so far, kept on the phone as they go. */
export interface SurveyDraft {
  surveyId: string;
  answers: CriteriaAnswers;
  /** Photos taken for photo items, not uploaded yet (item code → blobs). */
  photos: Record<string, Blob[]>;
  position: Position | null;
  updatedAt: string;
}

/**
 * A survey the surveyor pressed "send" on. Its submission id is made once, here, so every
 * resend is the same submission and the server takes it once. Photos uploaded on an earlier
 * attempt keep their file ids.
 */
export interface OutboxEntry {
  surveyId: string;
  submissionId: string;
  answers: CriteriaAnswers;
  photos: Record<string, Blob[]>;
  uploaded: Record<string, string[]>;
  position: Position | null;
  answeredAt: string;
  attempts: number;
  lastError: string | null;
}

interface SurveyDb extends DBSchema {
  surveys: { key: string; value: Survey };
  drafts: { key: string; value: SurveyDraft };
  outbox: { key: string; value: OutboxEntry };
}

let opened: Promise<IDBPDatabase<SurveyDb>> | null = null;
const db = () => (opened ??= openDB<SurveyDb>('ocop-surveys', 1, {
  upgrade(database) {
    database.createObjectStore('surveys', { keyPath: 'id' });
    database.createObjectStore('drafts', { keyPath: 'surveyId' });
    database.createObjectStore('outbox', { keyPath: 'surveyId' });
  },
}));

export const surveyStore = {
  /** The survey as last loaded, so it opens without a connection. */
  keepSurvey: async (survey: Survey) => { await (await db()).put('surveys', survey); },
  survey: async (id: string) => (await db()).get('surveys', id),
  draft: async (id: string) => (await db()).get('drafts', id),
  saveDraft: async (draft: SurveyDraft) => { await (await db()).put('drafts', draft); },
  outbox: async () => (await db()).getAll('outbox'),
  queued: async (id: string) => (await db()).get('outbox', id),
  /** Moves the draft to the outbox in one transaction: a crash leaves one or the other, never both lost. */
  queue: async (entry: OutboxEntry) => {
    const tx = (await db()).transaction(['drafts', 'outbox'], 'readwrite');
    await tx.objectStore('outbox').put(entry);
    await tx.objectStore('drafts').delete(entry.surveyId);
    await tx.done;
  },
  updateQueued: async (entry: OutboxEntry) => { await (await db()).put('outbox', entry); },
  sent: async (id: string) => { await (await db()).delete('outbox', id); },
};
