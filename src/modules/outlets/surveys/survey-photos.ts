import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import type { Actor } from '../../audit/actor.ts';
import { attachFiles } from '../../files/attach-files.ts';
import { defineFileOwner } from '../../files/file-owners.ts';
import type { CriteriaAnswers, CriteriaDefinition } from '../criteria/definition.ts';
import { isStaff } from '../outlet-access.ts';
import { outletSurveys } from '../tables.ts';

/**
 * Photos a surveyor takes for a survey's photo items (shop front, access, shelves): private
 * evidence, seen by programme staff and the survey's own surveyor only. The phone uploads them
 * with `POST /api/files?for=outlet-survey` when it has a connection, then sends the answers
 * naming their ids; sending attaches them to the survey.
 */
export const SURVEY_PHOTOS = defineFileOwner({
  kind: 'outlet-survey',
  visibility: 'private',
  accepts: ['image'],
  maxFiles: 60,
  canView: async (db, user, surveyId) => {
    if (isStaff(user)) return true;
    const [mine] = await db.select({ id: outletSurveys.id }).from(outletSurveys)
      .where(and(eq(outletSurveys.id, surveyId), eq(outletSurveys.surveyorId, user.id))).limit(1);
    return Boolean(mine);
  },
});

/** The file ids given as photo answers, item by item, in the checklist's order. */
export function photoIds(definition: CriteriaDefinition, answers: CriteriaAnswers): string[] {
  const ids: string[] = [];
  for (const section of definition.sections) {
    for (const item of section.items) {
      const value = answers[item.code]?.value;
      if (item.answer === 'photo' && Array.isArray(value)) ids.push(...value);
    }
  }
  return ids;
}

/**
 * Makes the survey's files exactly its photo answers: new uploads of the surveyor are attached,
 * photos of an earlier sending kept, photos no longer answered deleted. Anything else (an
 * unknown id, another user's upload, another record's file) refuses the whole sending.
 */
export async function attachSurveyPhotos(tx: Tx, user: SignedInUser, actor: Actor, surveyId: string, definition: CriteriaDefinition, answers: CriteriaAnswers): Promise<void> {
  await attachFiles(tx, user, actor, { owner: { kind: SURVEY_PHOTOS.kind, id: surveyId }, fileIds: photoIds(definition, answers) });
}
