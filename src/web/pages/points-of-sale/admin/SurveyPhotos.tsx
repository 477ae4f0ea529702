import { useTranslation } from 'react-i18next';
import type { Survey } from '../../../../modules/outlets/contract.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';

/** The photos a survey was sent with, item by item, as thumbnails opening the full picture. */
export function SurveyPhotos({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const items = survey.definition.sections.flatMap((s) => s.items).filter((item) => item.answer === 'photo');
  const answered = items.map((item) => {
    const value = survey.answers[item.code]?.value;
    return { item, ids: Array.isArray(value) ? value : [] };
  }).filter((a) => a.ids.length > 0);
  if (answered.length === 0) return null;
  return (
    <>
      <h2>{t('pointsOfSaleAdmin.surveys.photos')}</h2>
      {answered.map(({ item, ids }) => (
        <figure key={item.code} className="pos-survey-photos">
          <figcaption>{item.code}. {pick(item.text)}</figcaption>
          <ul className="pos-photos">
            {ids.map((fileId, index) => (
              <li key={fileId}>
                <a href={`/api/files/${fileId}`} target="_blank" rel="noreferrer">
                  <img src={`/api/files/${fileId}/thumb`} alt={t('pointsOfSaleAdmin.surveys.photoAlt', { number: index + 1, code: item.code })} loading="lazy" width={160} height={120} />
                </a>
              </li>
            ))}
          </ul>
        </figure>
      ))}
    </>
  );
}
