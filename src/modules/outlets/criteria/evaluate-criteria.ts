import type { Localized } from '../../../shared/localized.ts';
import type { PointKind } from '../domain/point-kinds.ts';
import type { CriteriaAnswer, CriteriaAnswers, CriteriaDefinition, CriteriaItem } from './definition.ts';
import { describeFailure, describeProblem, type AnswerProblem } from './evaluation-texts.ts';

/** What the engine needs to know about the point besides the answers: its kind picks per-kind thresholds. */
export interface EvaluationContext {
  kind?: PointKind;
}

export type ItemOutcome = 'passed' | 'failed' | 'not-applicable' | 'unanswered' | 'recorded';

export interface ItemResult {
  code: string;
  outcome: ItemOutcome;
  knockOut: boolean;
  /** Points earned, and the points the item could earn (0 when not applicable). */
  earned: number;
  possible: number;
  /** The threshold a number was judged against, when one applied. */
  threshold: number | null;
}

export interface KnockOutResult {
  code: string;
  text: Localized;
  outcome: Exclude<ItemOutcome, 'recorded'>;
  /** Why it failed, in words (null unless failed). */
  reason: Localized | null;
}

export interface SectionResult {
  code: string;
  title: Localized;
  earned: number;
  /** Points of the applicable items: a not-applicable item leaves the denominator. */
  possible: number;
  /** What the section is worth; `score` is `earned / possible` scaled to it (null: nothing scored). */
  maxPoints: number;
  score: number | null;
}

export type SuggestedDecision = 'approve' | 'improve' | 'reject' | 'incomplete';

export interface EvaluationResult {
  /** Every required item answered and every answer well-formed. */
  complete: boolean;
  /** No knock-out item failed (still true while some are unanswered). */
  eligible: boolean;
  problems: AnswerProblem[];
  knockOuts: KnockOutResult[];
  items: ItemResult[];
  sections: SectionResult[];
  total: { earned: number; possible: number; maxPoints: number; score: number | null; passMark: number | null };
  suggestedDecision: SuggestedDecision;
  reasons: Localized[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The most an item can earn. */
export function itemMaxPoints(item: CriteriaItem): number {
  if (item.bands) return Math.max(...item.bands.map((b) => b.points));
  if (item.answer === 'choice' && item.choices) return Math.max(item.points ?? 0, ...item.choices.map((c) => c.points ?? 0));
  return item.points ?? 0;
}

/** The least value a number item must reach: its own, or the version's local rule for this kind of point. */
export function itemThreshold(definition: CriteriaDefinition, item: CriteriaItem, context: EvaluationContext): number | null {
  if (item.rule === 'min-ocop-share') return definition.localRules.minOcopSharePercent ?? null;
  if (item.rule === 'min-area-by-kind') return (context.kind && definition.localRules.minAreaM2ByKind?.[context.kind]) ?? null;
  return item.min ?? null;
}

const isRequired = (item: CriteriaItem) => item.required ?? item.answer !== 'note';
const isAnswered = (answer: CriteriaAnswer | undefined) => Boolean(answer && (answer.notApplicable || answer.value !== undefined));

function checkAnswer(item: CriteriaItem, answer: CriteriaAnswer | undefined): AnswerProblem['problem'] | null {
  if (!isAnswered(answer)) return isRequired(item) ? 'missing' : null;
  if (answer?.notApplicable) return item.notApplicableAllowed ? null : 'not-applicable-not-allowed';
  const value = answer?.value;
  switch (item.answer) {
    case 'yes-no': return typeof value === 'boolean' ? null : 'wrong-type';
    case 'number': return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : 'wrong-type';
    case 'choice':
      if (typeof value !== 'string') return 'wrong-type';
      return item.choices?.some((c) => c.value === value) ? null : 'unknown-choice';
    case 'photo': return Array.isArray(value) ? null : 'wrong-type';
    case 'note': return typeof value === 'string' ? null : 'wrong-type';
  }
}

function judgeItem(definition: CriteriaDefinition, item: CriteriaItem, answer: CriteriaAnswer | undefined, context: EvaluationContext): ItemResult {
  const base = { code: item.code, knockOut: item.knockOut ?? false, threshold: null };
  const max = itemMaxPoints(item);
  if (answer?.notApplicable) return { ...base, outcome: 'not-applicable', earned: 0, possible: 0 };
  if (!isAnswered(answer)) return { ...base, outcome: 'unanswered', earned: 0, possible: max };
  const value = answer?.value;
  const scored = (passed: boolean, earned: number, threshold: number | null = null): ItemResult => ({
    ...base, threshold, outcome: passed ? 'passed' : 'failed', earned: Math.min(earned, max), possible: max,
  });
  switch (item.answer) {
    case 'yes-no':
      return scored(value === true, value === true ? max : 0);
    case 'number': {
      const n = typeof value === 'number' ? value : 0;
      const threshold = itemThreshold(definition, item, context);
      const band = item.bands?.filter((b) => n >= b.min).sort((a, b) => b.points - a.points)[0];
      if (threshold === null && !item.bands && !item.points) return { ...base, outcome: 'recorded', earned: 0, possible: 0 };
      const passed = threshold !== null ? n >= threshold : item.bands ? Boolean(band && band.points > 0) : true;
      const earned = item.bands ? (band?.points ?? 0) : passed ? max : 0;
      return scored(passed, earned, threshold);
    }
    case 'choice': {
      const choice = item.choices?.find((c) => c.value === value);
      return scored(Boolean(choice) && choice?.passes !== false, choice?.points ?? 0);
    }
    case 'photo': {
      const count = Array.isArray(value) ? value.length : 0;
      const passed = count >= (item.minPhotos ?? 1);
      if (!item.knockOut && !max) return { ...base, outcome: passed ? 'recorded' : 'failed', earned: 0, possible: 0 };
      return scored(passed, passed ? max : 0);
    }
    case 'note':
      return { ...base, outcome: 'recorded', earned: 0, possible: 0 };
  }
}

/**
 * Judges a survey's answers against a version of the criteria: each knock-out item passed or
 * failed, the score per section and in total, and a suggested decision. Pure and deterministic;
 * a survey stores the result it got, so a later version never changes it.
 *
 * Scores: a section's score is its earned points over the points of its applicable items, scaled
 * to what the section is worth; the total likewise over every section. "Not applicable" removes
 * the item from the denominator instead of counting it as zero.
 */
export function evaluateCriteria(definition: CriteriaDefinition, answers: CriteriaAnswers, context: EvaluationContext = {}): EvaluationResult {
  const problems: AnswerProblem[] = [];
  const items: ItemResult[] = [];
  const knockOuts: KnockOutResult[] = [];
  const reasons: Localized[] = [];
  const sections: SectionResult[] = definition.sections.map((section) => {
    let earned = 0;
    let possible = 0;
    let maxPoints = 0;
    for (const item of section.items) {
      const answer = answers[item.code];
      const problem = checkAnswer(item, answer);
      if (problem) problems.push({ code: item.code, problem, message: describeProblem(item, problem) });
      const result = problem && problem !== 'missing' ? judgeItem(definition, item, undefined, context) : judgeItem(definition, item, answer, context);
      items.push(result);
      earned += result.earned;
      possible += result.possible;
      maxPoints += itemMaxPoints(item);
      if (item.knockOut && result.outcome !== 'recorded') {
        const reason = result.outcome === 'failed' ? describeFailure(item, answer, result.threshold, context) : null;
        knockOuts.push({ code: item.code, text: item.text, outcome: result.outcome, reason });
        if (reason) reasons.push(reason);
      }
    }
    const worth = section.maxPoints ?? maxPoints;
    return { code: section.code, title: section.title, earned, possible, maxPoints: worth, score: possible > 0 ? round1((earned / possible) * worth) : null };
  });

  const earned = sections.reduce((sum, s) => sum + s.earned, 0);
  const possible = sections.reduce((sum, s) => sum + s.possible, 0);
  const scoring = definition.scoring;
  const maxPoints = scoring.kind === 'points' ? scoring.maxPoints : sections.reduce((sum, s) => sum + s.maxPoints, 0);
  const score = possible > 0 ? round1((earned / possible) * maxPoints) : null;
  const passMark = scoring.kind === 'points' ? scoring.passMark : null;
  const complete = problems.length === 0;
  const eligible = !knockOuts.some((k) => k.outcome === 'failed');

  let suggestedDecision: SuggestedDecision;
  if (!eligible) suggestedDecision = 'reject';
  else if (!complete) suggestedDecision = 'incomplete';
  else if (passMark !== null && (score ?? 0) < passMark) {
    suggestedDecision = 'improve';
    reasons.push({ vi: `Điểm ${score ?? 0}/${maxPoints} dưới mức đạt ${passMark}`, en: `Score ${score ?? 0}/${maxPoints} is below the pass mark of ${passMark}` });
  } else suggestedDecision = 'approve';
  if (!complete) reasons.push({ vi: `Còn ${problems.length} mục chưa trả lời đúng`, en: `${problems.length} item(s) not answered correctly yet` });

  return { complete, eligible, problems, knockOuts, items, sections, total: { earned, possible, maxPoints, score, passMark }, suggestedDecision, reasons };
}
