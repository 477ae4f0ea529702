import { useTranslation } from 'react-i18next';
import type { CriteriaAnswer, CriteriaItem } from '../../../../modules/outlets/criteria/definition.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';

interface Props {
  item: CriteriaItem;
  answer: CriteriaAnswer | undefined;
  photos: readonly Blob[];
  onAnswer(answer: CriteriaAnswer): void;
  onPhotos(photos: Blob[]): void;
}

/** One item of the checklist as a phone shows it: big choices, a number, a photo from the camera, a note. */
export function SurveyItemField({ item, answer, photos, onAnswer, onPhotos }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const id = `item-${item.code.replace(/\./g, '-')}`;
  const na = item.notApplicableAllowed ? (
    <label><input type="radio" name={id} checked={answer?.notApplicable === true} onChange={() => onAnswer({ notApplicable: true })} /> {t('pointsOfSaleSurvey.notApplicable')}</label>
  ) : null;
  return (
    <fieldset className="pos-survey-item" data-item={item.code}>
      <legend>{item.code}. {pick(item.text)}{item.knockOut ? ` (${t('pointsOfSaleSurvey.knockOut')})` : ''}</legend>
      {item.help && <p className="muted">{pick(item.help)}</p>}
      {item.answer === 'yes-no' && (
        <div className="pos-survey-choices">
          <label><input type="radio" name={id} checked={answer?.value === true} onChange={() => onAnswer({ value: true })} /> {t('pointsOfSaleSurvey.yes')}</label>
          <label><input type="radio" name={id} checked={answer?.value === false && !answer.notApplicable} onChange={() => onAnswer({ value: false })} /> {t('pointsOfSaleSurvey.no')}</label>
          {na}
        </div>
      )}
      {item.answer === 'number' && (
        <div className="pos-survey-choices">
          <label htmlFor={id}>{item.unit ? pick(item.unit) : t('pointsOfSaleSurvey.number')}</label>
          <input id={id} type="number" inputMode="decimal" value={typeof answer?.value === 'number' ? answer.value : ''}
            onChange={(e) => onAnswer(e.target.value === '' ? {} : { value: Number(e.target.value) })} />
          {na}
        </div>
      )}
      {item.answer === 'choice' && (
        <div className="pos-survey-choices">
          {item.choices?.map((choice) => (
            <label key={choice.value}><input type="radio" name={id} checked={answer?.value === choice.value} onChange={() => onAnswer({ value: choice.value })} /> {pick(choice.label)}</label>
          ))}
          {na}
        </div>
      )}
      {item.answer === 'photo' && (
        <div>
          <label htmlFor={id}>{t('pointsOfSaleSurvey.takePhoto')}</label>
          <input id={id} type="file" accept="image/*" capture="environment" multiple onChange={(e) => onPhotos([...photos, ...Array.from(e.target.files ?? [])])} />
          <p className="muted">{t('pointsOfSaleSurvey.photos', { count: photos.length })}</p>
          {photos.length > 0 && <button type="button" className="button" onClick={() => onPhotos([])}>{t('pointsOfSaleSurvey.removePhotos')}</button>}
        </div>
      )}
      {item.answer === 'note' && (
        <textarea id={id} aria-label={pick(item.text)} value={typeof answer?.value === 'string' ? answer.value : ''} onChange={(e) => onAnswer({ value: e.target.value })} />
      )}
    </fieldset>
  );
}
