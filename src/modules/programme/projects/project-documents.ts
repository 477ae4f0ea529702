import { STAFF } from '../../accounts/roles.ts';
import { defineFileOwner } from '../../files/file-owners.ts';
import { fileIdOf } from '../../files/file-urls.ts';

/** A project's documents (proposal, appraisal, decision, drawings): PDFs and images, staff only. */
export const PROJECT_DOCUMENTS = defineFileOwner({
  kind: 'programme-project',
  visibility: 'private',
  accepts: ['document', 'image'],
  maxFiles: 50,
  canView: async (_db, user) => STAFF.includes(user.role),
});

export const documentFileIds = (documents: readonly string[]) => documents.map(fileIdOf).filter((id): id is string => id !== null);
