import type { Tx } from '../../../server/db/database.ts';
import { badRequest } from '../../../server/http/app-error.ts';
import type { CriteriaAnswers, CriteriaDefinition } from '../criteria/definition.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The file ids given as photo answers, item by item. */
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

/** Photo answers name files of the platform's file storage. */
export async function checkPhotoAnswers(_tx: Tx, definition: CriteriaDefinition, answers: CriteriaAnswers): Promise<void> {
  const wrong = photoIds(definition, answers).filter((id) => !UUID.test(id));
  if (wrong.length) throw badRequest('bad_photo', { vi: 'Ảnh khảo sát không hợp lệ', en: 'A survey photo is not a stored file' }, { ids: wrong });
}
