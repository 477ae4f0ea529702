import { defineFileOwner } from '../../files/file-owners.ts';

/** A course's materials: public documents and images, shown on the course page. */
export const COURSE_MATERIALS = defineFileOwner({
  kind: 'training-course',
  visibility: 'public',
  accepts: ['document', 'image'],
  maxFiles: 20,
  // Only reached for a file made private by hand: staff.
  canView: async (_db, user) => user.role === 'admin' || user.role === 'organizer',
});
