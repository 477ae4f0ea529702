import { useTranslation } from 'react-i18next';

/** OCOP stars as ★ glyphs with the number in words beside them ("★★★★ 4 sao"). */
export function StarRating({ stars, potentialFiveStar = false }: { stars: number | null; potentialFiveStar?: boolean }) {
  const { t } = useTranslation();
  if (stars === null) return <span className="star-rating star-rating--none">{t('certificate.notRated')}</span>;
  return (
    <span className="star-rating">
      <span className="star-rating__glyphs" aria-hidden="true">
        {'★'.repeat(stars)}
      </span>
      <span className="star-rating__text">{t('certificate.stars', { count: stars })}</span>
      {potentialFiveStar && <span className="tag tag--potential">{t('certificate.potentialFiveStar')}</span>}
    </span>
  );
}
