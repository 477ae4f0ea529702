import { badRequest } from '../../../server/http/app-error.ts';
import type { CulturalRegionCode } from '../domain/cultural-regions.ts';
import type { ProducerType } from '../domain/producer-types.ts';

/** A Vietnamese producer has a cultural region; a foreign enterprise has a country other than Vietnam and no region. */
export function checkProducerOrigin(type: ProducerType, region: CulturalRegionCode | null, country: string): void {
  if (type === 'foreign-enterprise') {
    if (country === 'VN' || region !== null) {
      throw badRequest('bad_origin', {
        vi: 'Doanh nghiệp nước ngoài cần quốc gia khác Việt Nam và không thuộc vùng văn hóa',
        en: 'A foreign enterprise needs a country other than Vietnam and no cultural region',
      });
    }
  } else if (country !== 'VN' || region === null) {
    throw badRequest('bad_origin', {
      vi: 'Chủ thể Việt Nam cần chọn vùng văn hóa',
      en: 'A Vietnamese producer needs a cultural region',
    });
  }
}
