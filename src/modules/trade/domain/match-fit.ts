import type { Localized } from '../../../shared/localized.ts';

export interface FitProducer {
  region: string | null;
  province: string;
  products: { categoryCode: string; stars: number | null }[];
  available: readonly number[];
}

export interface FitBuyer {
  categories: readonly string[];
  minStars: number;
  regions: readonly string[];
  monthlyVolumeVnd: number;
  available: readonly number[];
}

export type FitReasonCode = 'category' | 'stars' | 'region' | 'volume' | 'below-stars' | 'category-mismatch';
export interface Fit {
  score: number;
  commonSlots: number;
  reasons: { code: FitReasonCode; text: Localized }[];
}

/** "I.3" wants "I.3.b" and "I"; an empty list wants everything. */
const wants = (categories: readonly string[], code: string) => categories.some((c) => code === c || code.startsWith(`${c}.`));

/**
 * How well a producer and a buyer fit, with the reasons in words: categories the buyer wants
 * (the strongest signal), products at or above its minimum stars, the producer's region among
 * those it looks for, and the buyer's volume. Pairs with no slot in common score nothing: they
 * could not meet. Pure and deterministic, so suggestions are stable between calls.
 */
export function matchFit(producer: FitProducer, buyer: FitBuyer): Fit {
  const reasons: Fit['reasons'] = [];
  const slots = new Set(buyer.available);
  const commonSlots = producer.available.filter((s) => slots.has(s)).length;
  let score = 0;
  const wanted = buyer.categories.length === 0 ? producer.products : producer.products.filter((p) => wants(buyer.categories, p.categoryCode));
  if (buyer.categories.length > 0 && wanted.length > 0) {
    score += 3 + Math.min(2, wanted.length - 1) * 0.5;
    reasons.push({ code: 'category', text: { vi: `${wanted.length} sản phẩm thuộc nhóm hàng bên mua cần`, en: `${wanted.length} product(s) in categories the buyer wants` } });
  } else if (buyer.categories.length > 0) {
    score -= 2;
    reasons.push({ code: 'category-mismatch', text: { vi: 'Không có sản phẩm thuộc nhóm hàng bên mua cần', en: 'No product in the categories the buyer wants' } });
  } else {
    score += 1;
  }
  const stars = Math.max(0, ...wanted.map((p) => p.stars ?? 0));
  if (stars >= buyer.minStars) {
    score += 1 + (stars - buyer.minStars) * 0.5;
    reasons.push({ code: 'stars', text: { vi: `Sản phẩm ${stars} sao (bên mua cần từ ${buyer.minStars} sao)`, en: `${stars}-star product (buyer asks for ${buyer.minStars}+)` } });
  } else {
    score -= 3;
    reasons.push({ code: 'below-stars', text: { vi: `Chưa có sản phẩm đạt ${buyer.minStars} sao`, en: `No product rated ${buyer.minStars} stars or more` } });
  }
  if (producer.region && buyer.regions.includes(producer.region)) {
    score += 1.5;
    reasons.push({ code: 'region', text: { vi: `Thuộc vùng bên mua quan tâm (${producer.province})`, en: `From a region the buyer looks for (${producer.province})` } });
  }
  if (buyer.monthlyVolumeVnd >= 500_000_000) {
    score += 0.5;
    reasons.push({ code: 'volume', text: { vi: 'Bên mua có sản lượng thu mua lớn', en: 'The buyer purchases large volumes' } });
  }
  if (commonSlots === 0) score = Math.min(score, 0) - 10;
  return { score: Math.round(score * 100) / 100, commonSlots, reasons };
}
