import type { Localized } from '../../../shared/localized.ts';
import { Ajv } from 'ajv';
import { CriteriaDefinition } from './definition.ts';
import { itemMaxPoints } from './evaluate-criteria.ts';

/**
 * What the JSON schema cannot say about a definition: codes unique, each item's fields fit its
 * answer type, the local rules it names exist, and a scorecard's points add up. Returns every
 * problem found (empty: publishable).
 */
export function checkDefinition(definition: CriteriaDefinition): Localized[] {
  const problems: Localized[] = [];
  const problem = (vi: string, en: string) => problems.push({ vi, en });
  const codes = new Set<string>();
  const sectionCodes = new Set<string>();
  const scorecard = definition.scoring.kind === 'points';
  let total = 0;

  for (const section of definition.sections) {
    if (sectionCodes.has(section.code)) problem(`Mã phần ${section.code} bị trùng`, `Section code ${section.code} is used twice`);
    sectionCodes.add(section.code);
    let sectionPoints = 0;
    for (const item of section.items) {
      const where = { vi: `Mục ${item.code}`, en: `Item ${item.code}` };
      if (codes.has(item.code)) problem(`${where.vi}: mã bị trùng`, `${where.en}: the code is used twice`);
      codes.add(item.code);
      if (item.answer === 'choice') {
        if (!item.choices) problem(`${where.vi}: thiếu các lựa chọn`, `${where.en}: choices are missing`);
        else if (new Set(item.choices.map((c) => c.value)).size !== item.choices.length) problem(`${where.vi}: lựa chọn bị trùng`, `${where.en}: a choice is listed twice`);
      } else if (item.choices) problem(`${where.vi}: chỉ câu hỏi lựa chọn mới có các lựa chọn`, `${where.en}: only choice items have choices`);
      if (item.answer !== 'number' && (item.min !== undefined || item.rule || item.bands)) {
        problem(`${where.vi}: ngưỡng và thang điểm chỉ dành cho câu hỏi số`, `${where.en}: thresholds and bands are for number items only`);
      }
      if (item.min !== undefined && item.rule) problem(`${where.vi}: chọn ngưỡng riêng hoặc quy định địa phương, không cả hai`, `${where.en}: give a threshold or a local rule, not both`);
      if (item.rule === 'min-ocop-share' && definition.localRules.minOcopSharePercent === undefined) {
        problem(`${where.vi}: chưa đặt tỷ lệ sản phẩm OCOP tối thiểu`, `${where.en}: the minimum OCOP share is not set`);
      }
      if (item.rule === 'min-area-by-kind' && !definition.localRules.minAreaM2ByKind) {
        problem(`${where.vi}: chưa đặt diện tích tối thiểu theo loại hình`, `${where.en}: the minimum area by kind is not set`);
      }
      if (item.answer === 'note' && (item.knockOut || item.points)) problem(`${where.vi}: ghi chú không tính điểm, không loại trừ`, `${where.en}: a note neither scores nor knocks out`);
      if (!scorecard && itemMaxPoints(item) > 0) problem(`${where.vi}: bộ tiêu chí dạng danh mục kiểm tra không tính điểm`, `${where.en}: a checklist has no points`);
      sectionPoints += itemMaxPoints(item);
    }
    if (scorecard && section.maxPoints !== undefined && section.maxPoints !== sectionPoints) {
      problem(`Phần ${section.code}: các mục cộng được ${sectionPoints} điểm, không bằng ${section.maxPoints}`, `Section ${section.code}: its items add up to ${sectionPoints} points, not ${section.maxPoints}`);
    }
    total += section.maxPoints ?? sectionPoints;
  }
  if (definition.scoring.kind === 'points') {
    const { maxPoints, passMark } = definition.scoring;
    if (total !== maxPoints) problem(`Các phần cộng được ${total} điểm, không bằng ${maxPoints}`, `The sections add up to ${total} points, not ${maxPoints}`);
    if (passMark > maxPoints) problem('Điểm đạt lớn hơn tổng điểm', 'The pass mark is above the maximum');
  }
  return problems;
}

let validateShape: ReturnType<Ajv['compile']> | undefined;

/** Where data breaks the definition's JSON schema (the API checks it on input; this is for data read from files). */
export function definitionShapeErrors(data: unknown): string[] {
  validateShape ??= new Ajv({ allErrors: true, strict: false }).compile(CriteriaDefinition);
  if (validateShape(data)) return [];
  return (validateShape.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
