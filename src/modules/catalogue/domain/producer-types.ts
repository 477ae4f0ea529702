import type { Localized } from '../../../shared/localized.ts';
import { textKey } from '../../../shared/text/text-key.ts';

/** The legal form of an OCOP producer ("chủ thể OCOP"). */
export type ProducerType = 'enterprise' | 'cooperative' | 'cooperative-group' | 'household' | 'foreign-enterprise';

export interface ProducerTypeInfo {
  code: ProducerType;
  label: Localized;
  /** How lists and producer names spell the form; matched accent- and case-insensitively. */
  aliases: readonly string[];
}

export const PRODUCER_TYPES: readonly ProducerTypeInfo[] = [
  {
    code: 'enterprise',
    label: { vi: 'Doanh nghiệp', en: 'Enterprise' },
    aliases: [
      'Doanh nghiệp',
      'DN',
      'Doanh nghiệp tư nhân',
      'DNTN',
      'Công ty',
      'Cty',
      'Công ty TNHH',
      'Công ty trách nhiệm hữu hạn',
      'Công ty cổ phần',
      'Công ty CP',
      'CTCP',
      'TNHH',
      'Enterprise',
      'Company',
      'Limited company',
      'Joint stock company',
    ],
  },
  {
    code: 'cooperative',
    label: { vi: 'Hợp tác xã', en: 'Cooperative' },
    aliases: ['Hợp tác xã', 'HTX', 'Cooperative', 'Co-operative', 'Coop'],
  },
  {
    code: 'cooperative-group',
    label: { vi: 'Tổ hợp tác', en: 'Cooperative group' },
    aliases: ['Tổ hợp tác', 'THT', 'Cooperative group', 'Co-operative group'],
  },
  {
    code: 'household',
    label: { vi: 'Hộ kinh doanh', en: 'Household business' },
    aliases: [
      'Hộ kinh doanh',
      'Hộ kinh doanh cá thể',
      'HKD',
      'Hộ sản xuất',
      'Hộ sản xuất kinh doanh',
      'Hộ gia đình',
      'Hộ',
      // Hanoi lists file small unincorporated workshops as "cơ sở"; legally they are households.
      'Cơ sở sản xuất',
      'Cơ sở',
      'CSSX',
      'Household',
      'Household business',
      'Individual business',
    ],
  },
  {
    code: 'foreign-enterprise',
    label: { vi: 'Doanh nghiệp nước ngoài', en: 'Foreign enterprise' },
    aliases: [
      'Doanh nghiệp nước ngoài',
      'DN nước ngoài',
      'Công ty nước ngoài',
      'Doanh nghiệp FDI',
      'FDI',
      'Foreign enterprise',
      'Foreign company',
      'Foreign',
    ],
  },
];

const BY_CODE = new Map(PRODUCER_TYPES.map((t) => [t.code, t]));

export function producerTypeLabel(type: ProducerType): Localized {
  const info = BY_CODE.get(type);
  if (!info) throw new RangeError(`Unknown producer type ${type}`);
  return info.label;
}

export function isProducerType(value: string): value is ProducerType {
  return BY_CODE.has(value as ProducerType);
}

// Longest first, so "Tổ hợp tác" is not read as a household ("Hộ") and "cooperative group"
// not as "cooperative".
const ALIASES = PRODUCER_TYPES.flatMap((t) => t.aliases.map((alias) => [textKey(alias), t.code] as const))
  .concat(PRODUCER_TYPES.map((t) => [t.code.replace('-', ' '), t.code] as const))
  .sort((a, b) => b[0].length - a[0].length);

const FOREIGN_MARKERS = ['nuoc ngoai', 'fdi', 'foreign'];

/**
 * Reads a producer type from a "Loại hình chủ thể" cell ("HTX", "Công ty TNHH", "household") or
 * from the legal form a producer's name starts with ("HTX Gốm sứ Minh Phát", "Hộ kinh doanh
 * Nguyễn Văn Hùng"). Undefined when neither says.
 */
export function parseProducerType(text: string): ProducerType | undefined {
  const key = textKey(text);
  if (key === '') return undefined;
  // "Công ty TNHH … (vốn nước ngoài)": a foreign marker anywhere overrides the generic form.
  const words = ` ${key} `;
  if (FOREIGN_MARKERS.some((marker) => words.includes(` ${marker} `))) return 'foreign-enterprise';
  for (const [alias, code] of ALIASES) {
    if (key === alias) return code;
    if (key.startsWith(`${alias} `) && alias !== 'ho') return code;
  }
  // A bare "Hộ" only counts with its accent: folded, it is also "Hồ", a common surname and lake.
  return /^hộ\s/iu.test(text.trim().normalize('NFC')) ? 'household' : undefined;
}
