import type { Localized } from '../../../shared/localized.ts';
import { textKey } from '../../../shared/text/text-key.ts';
import type { IsoDate } from './iso-date.ts';

/**
 * The Prime Minister's decision a certificate was issued under. Score thresholds and the
 * recognising authority changed between them, so every certificate keeps its basis.
 */
export type LegalBasis = '1048' | '148' | '1489';

export interface LegalBasisInfo {
  code: LegalBasis;
  decision: string;
  /** First decision date the basis applies to. */
  appliesFrom: IsoDate;
  label: Localized;
}

export const LEGAL_BASES: readonly LegalBasisInfo[] = [
  {
    code: '1048',
    decision: '1048/QĐ-TTg',
    appliesFrom: '2019-08-21',
    label: { vi: 'Quyết định 1048/QĐ-TTg (2019)', en: 'Decision 1048/QĐ-TTg (2019)' },
  },
  {
    code: '148',
    decision: '148/QĐ-TTg',
    appliesFrom: '2023-02-24',
    label: { vi: 'Quyết định 148/QĐ-TTg (2023)', en: 'Decision 148/QĐ-TTg (2023)' },
  },
  {
    code: '1489',
    decision: '1489/QĐ-TTg',
    // Our sources say only "from July 2025"; check the exact effective day against the gazette.
    appliesFrom: '2025-07-01',
    label: { vi: 'Quyết định 1489/QĐ-TTg (2025)', en: 'Decision 1489/QĐ-TTg (2025)' },
  },
];

/**
 * The basis in force on a decision date. Dates before 1048 (early provincial pilots) are read as
 * 1048, the oldest basis the platform knows.
 */
export function legalBasisForDate(decisionDate: IsoDate): LegalBasis {
  let basis: LegalBasis = '1048';
  for (const info of LEGAL_BASES) if (decisionDate >= info.appliesFrom) basis = info.code;
  return basis;
}

export function legalBasisLabel(code: LegalBasis): Localized {
  const info = LEGAL_BASES.find((b) => b.code === code);
  if (!info) throw new RangeError(`Unknown legal basis ${code}`);
  return info.label;
}

/** Reads "148", "QĐ 148", "148/QĐ-TTg", "Quyết định 1489/QĐ-TTg". */
export function parseLegalBasis(text: string): LegalBasis | undefined {
  const number = /(?:^|\D)(1048|148|1489)(?:\D|$)/.exec(textKey(text))?.[1];
  return LEGAL_BASES.find((b) => b.code === number)?.code;
}
