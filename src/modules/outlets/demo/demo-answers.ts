import type { CriteriaAnswers, CriteriaDefinition, CriteriaItem } from '../criteria/definition.ts';
import type { Random } from '../../catalogue/demo/prng.ts';

/**
 * A surveyor's answers for a demo point: passing, with scored numbers and choices varying, or
 * failing the area rule (a point too small for its kind) when `fail` is set.
 */
export function demoAnswers(definition: CriteriaDefinition, random: Random, photoId: string, options: { areaM2: number; ocopShare: number; fail?: boolean }): CriteriaAnswers {
  const answer = (item: CriteriaItem) => {
    switch (item.answer) {
      case 'yes-no': return { value: item.knockOut ? true : random.chance(0.85) };
      case 'number':
        if (item.rule === 'min-ocop-share') return { value: options.ocopShare };
        if (item.rule === 'min-area-by-kind') return { value: options.fail ? 6 : options.areaM2 };
        return { value: Math.max(item.min ?? 0, item.bands?.at(-1)?.min ?? 0) + random.int(0, 20) };
      case 'choice': {
        const passing = item.choices?.filter((c) => c.passes !== false) ?? [];
        return { value: (passing.length > 0 ? random.pick(passing) : item.choices?.[0])?.value ?? '' };
      }
      case 'photo': return { value: Array.from({ length: item.minPhotos ?? 1 }, () => photoId) };
      case 'note': return { value: 'Ghi nhận tại hiện trường' };
    }
  };
  return Object.fromEntries(definition.sections.flatMap((s) => s.items).map((item) => [item.code, answer(item)]));
}
