/** Why a product may not be shown at a fair (null: it may). */
export type IneligibleReason = 'no-certificate' | 'revoked' | 'expired' | 'expires-before-fair' | 'below-min-stars';
export const INELIGIBLE_REASONS = ['no-certificate', 'revoked', 'expired', 'expires-before-fair', 'below-min-stars'] as const satisfies readonly IneligibleReason[];

export interface EligibilityProduct {
  stars: number | null;
  revoked: boolean;
  /** yyyy-MM-dd, the certificate's last valid day. */
  expiryDate: string | null;
}

/**
 * The one rule, for the server's check and the application form alike: a Vietnamese producer's
 * product needs an OCOP certificate, not revoked, of at least the fair's minimum stars, valid on
 * every day of the fair. Foreign enterprises (the international pavilion) show products without one.
 */
export function productIneligibility(
  product: EligibilityProduct,
  producerCountry: string,
  fair: { endsOn: string; minStars: number },
  today: string,
): IneligibleReason | null {
  if (producerCountry !== 'VN') return null;
  if (product.revoked) return 'revoked';
  if (product.stars === null || product.expiryDate === null) return 'no-certificate';
  if (product.expiryDate < today) return 'expired';
  if (product.expiryDate < fair.endsOn) return 'expires-before-fair';
  if (product.stars < fair.minStars) return 'below-min-stars';
  return null;
}

const REASON_TEXT: Record<IneligibleReason, { vi: string; en: string }> = {
  'no-certificate': { vi: 'chưa có giấy chứng nhận OCOP', en: 'no OCOP certificate' },
  revoked: { vi: 'giấy chứng nhận đã bị thu hồi', en: 'certificate revoked' },
  expired: { vi: 'giấy chứng nhận đã hết hạn', en: 'certificate expired' },
  'expires-before-fair': { vi: 'giấy chứng nhận hết hạn trước khi hội chợ kết thúc', en: 'certificate expires before the fair ends' },
  'below-min-stars': { vi: 'chưa đủ số sao tối thiểu', en: 'fewer stars than the fair requires' },
};

/** "Name (reason)", per language, for a refusal. */
export function describeIneligible(items: readonly { name: { vi: string; en: string }; reason: IneligibleReason }[]): { vi: string; en: string } {
  return {
    vi: items.map((i) => `${i.name.vi} (${REASON_TEXT[i.reason].vi})`).join('; '),
    en: items.map((i) => `${i.name.en || i.name.vi} (${REASON_TEXT[i.reason].en})`).join('; '),
  };
}
