import type { Localized } from '../../../shared/localized.ts';
import { POINT_KIND_LABELS } from '../domain/point-kinds.ts';
import type { CriteriaAnswer, CriteriaItem } from './definition.ts';
import type { EvaluationContext } from './evaluate-criteria.ts';

export interface AnswerProblem {
  code: string;
  problem: 'missing' | 'not-applicable-not-allowed' | 'wrong-type' | 'unknown-choice';
  message: Localized;
}

const PROBLEM_TEXTS: Record<AnswerProblem['problem'], Localized> = {
  missing: { vi: 'chưa trả lời', en: 'not answered' },
  'not-applicable-not-allowed': { vi: 'không được chọn "không áp dụng"', en: '"not applicable" is not allowed' },
  'wrong-type': { vi: 'câu trả lời sai dạng', en: 'the answer has the wrong form' },
  'unknown-choice': { vi: 'lựa chọn không có trong danh sách', en: 'the choice is not one of the options' },
};

export function describeProblem(item: CriteriaItem, problem: AnswerProblem['problem']): Localized {
  return {
    vi: `Mục ${item.code} (${item.text.vi}): ${PROBLEM_TEXTS[problem].vi}`,
    en: `Item ${item.code} (${item.text.en}): ${PROBLEM_TEXTS[problem].en}`,
  };
}

const number = (n: number, language: 'vi' | 'en') => n.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });

/** Why a knock-out item failed, in words a reviewer can act on. */
export function describeFailure(item: CriteriaItem, answer: CriteriaAnswer | undefined, threshold: number | null, context: EvaluationContext): Localized {
  const value = answer?.value;
  if (item.answer === 'number' && typeof value === 'number' && threshold !== null) {
    const unit = item.unit ?? { vi: '', en: '' };
    const kind = item.rule === 'min-area-by-kind' && context.kind ? POINT_KIND_LABELS[context.kind] : null;
    return {
      vi: `${item.text.vi}: ${number(value, 'vi')} ${unit.vi} < tối thiểu ${number(threshold, 'vi')} ${unit.vi}${kind ? ` (${kind.vi.toLowerCase()})` : ''}`.replace(/ +/g, ' '),
      en: `${item.text.en}: ${number(value, 'en')} ${unit.en} < minimum ${number(threshold, 'en')} ${unit.en}${kind ? ` (${kind.en.toLowerCase()})` : ''}`.replace(/ +/g, ' '),
    };
  }
  if (item.answer === 'choice') {
    const choice = item.choices?.find((c) => c.value === value);
    return { vi: `${item.text.vi}: ${choice?.label.vi ?? '—'}`, en: `${item.text.en}: ${choice?.label.en ?? '—'}` };
  }
  if (item.answer === 'photo') {
    const needed = item.minPhotos ?? 1;
    return { vi: `${item.text.vi}: cần ít nhất ${needed} ảnh`, en: `${item.text.en}: at least ${needed} photo(s) needed` };
  }
  return { vi: `Không đạt: ${item.text.vi}`, en: `Not met: ${item.text.en}` };
}
