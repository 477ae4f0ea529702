import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { clock } from '../../../shared/time/clock.ts';
import { SYSTEM_ACTOR } from '../../audit/actor.ts';
import { addDays } from '../../catalogue/domain/iso-date.ts';
import { outletPoints } from '../../outlets/tables.ts';
import { createProject } from '../projects/save-project.ts';

/**
 * The city project of the creative design centre at Bát Tràng, half way: proposal and appraisal
 * done, approval due, construction and opening ahead; linked to the demo centre point if there is one.
 */
export async function seedDemoProgramme(database: Database): Promise<void> {
  const today = clock.today();
  const [centre] = await database.db.select({ id: outletPoints.id }).from(outletPoints).where(eq(outletPoints.kind, 'creative-design-centre')).orderBy(outletPoints.nameVi).limit(1);
  await createProject(database, null, SYSTEM_ACTOR, {
    title: { vi: 'Trung tâm thiết kế sáng tạo, giới thiệu và quảng bá sản phẩm OCOP gắn với du lịch sinh thái', en: 'Centre for creative design, introduction and promotion of OCOP products linked to ecotourism' },
    description: { vi: 'Trung tâm 500 m² tại làng gốm Bát Tràng: trưng bày và bán, không gian giao dịch, trình diễn và trải nghiệm, phòng chụp ảnh sản phẩm (Quyết định 6385/QĐ-UBND).', en: 'A 500 m² centre in Bát Tràng ceramics village: display and sales, a transaction space, demonstration and experience, a product photo studio (Decision 6385/QĐ-UBND).' },
    owner: 'Sở Công Thương Hà Nội', partners: ['UBND xã Bát Tràng', 'Sở Du lịch Hà Nội', 'Hiệp hội Gốm sứ Bát Tràng'], status: 'in-progress', pointId: centre?.id ?? null,
    startsOn: addDays(today, -240), endsOn: addDays(today, 300),
    milestones: [
      { stage: 'proposal', dueOn: addDays(today, -220), doneOn: addDays(today, -225), note: 'Tờ trình số 45/TTr-SCT' },
      { stage: 'appraisal', dueOn: addDays(today, -120), doneOn: addDays(today, -110) },
      { stage: 'approval', dueOn: addDays(today, 20), doneOn: null },
      { stage: 'construction', dueOn: addDays(today, 200), doneOn: null },
      { stage: 'opening', dueOn: addDays(today, 290), doneOn: null },
    ],
    budgetLines: [
      { label: { vi: 'Cải tạo, sửa chữa mặt bằng', en: 'Refitting the premises' }, source: 'city', plannedVnd: 4_200_000_000, spentVnd: 350_000_000 },
      { label: { vi: 'Trang thiết bị trưng bày, phòng chụp ảnh', en: 'Display equipment, photo studio' }, source: 'city', plannedVnd: 1_800_000_000, spentVnd: 0 },
      { label: { vi: 'Không gian trình diễn nghề gốm', en: 'Ceramics demonstration space' }, source: 'social', plannedVnd: 900_000_000, spentVnd: 120_000_000 },
      { label: { vi: 'Truyền thông, quảng bá', en: 'Promotion' }, source: 'commune', plannedVnd: 300_000_000, spentVnd: 0 },
    ],
    published: true,
  });
}
