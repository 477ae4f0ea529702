import type { CraftVillage, CraftVillageInput } from '../contract.ts';
import type { craftVillages } from '../tables.ts';

export function craftVillageValues(input: CraftVillageInput) {
  return {
    nameVi: input.name.vi.trim(),
    nameEn: input.name.en.trim(),
    craftVi: input.craft.vi.trim(),
    craftEn: input.craft.en.trim(),
    commune: input.commune.trim(),
    legacyDistrict: input.legacyDistrict ?? null,
    province: input.province?.trim() ?? 'Hà Nội',
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    traditional: input.traditional ?? false,
    descriptionVi: input.description?.vi ?? '',
    descriptionEn: input.description?.en ?? '',
  };
}

export function toCraftVillage(row: typeof craftVillages.$inferSelect, producerCount: number): CraftVillage {
  return {
    id: row.id,
    name: { vi: row.nameVi, en: row.nameEn },
    craft: { vi: row.craftVi, en: row.craftEn },
    commune: row.commune,
    legacyDistrict: row.legacyDistrict,
    province: row.province,
    latitude: row.latitude,
    longitude: row.longitude,
    traditional: row.traditional,
    description: { vi: row.descriptionVi, en: row.descriptionEn },
    producerCount,
  };
}
