import { textKey } from '../../../shared/text/text-key.ts';

/**
 * Identity keys for matching rows against each other and, on re-import, against producers and
 * products already in the database. Keys are stored, so changing these rules means re-keying.
 * (Key format v1.)
 */

// Legal-form words written in full or abbreviated: "Công ty TNHH" = "Cty trách nhiệm hữu hạn".
// Longer phrases first.
const NAME_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['cong ty trach nhiem huu han', 'cty tnhh'],
  ['cong ty co phan', 'cty cp'],
  ['trach nhiem huu han', 'tnhh'],
  ['mot thanh vien', 'mtv'],
  ['doanh nghiep tu nhan', 'dntn'],
  ['hop tac xa', 'htx'],
  ['to hop tac', 'tht'],
  ['ho kinh doanh', 'hkd'],
  ['co so san xuat', 'cssx'],
  ['cong ty', 'cty'],
  ['ctcp', 'cty cp'],
  ['co phan', 'cp'],
  ['san xuat', 'sx'],
  ['thuong mai', 'tm'],
  ['dich vu', 'dv'],
  ['nong nghiep', 'nn'],
];

// Administrative words that some lists write and others leave out.
const ADDRESS_NOISE_PHRASES = ['thanh pho', 'thi tran', 'thi xa', 'dia chi'];
const ADDRESS_NOISE_WORDS = new Set(['thon', 'xom', 'xa', 'phuong', 'huyen', 'quan', 'tinh', 'tp', 'so']);

const SHORT = new Map(NAME_ABBREVIATIONS);
// One pass, longest phrase first at each position, whole words only.
const ABBREVIABLE = new RegExp(`(?<=^| )(?:${NAME_ABBREVIATIONS.map(([full]) => full).join('|')})(?= |$)`, 'g');

function abbreviate(key: string): string {
  return key.replace(ABBREVIABLE, (full) => SHORT.get(full) ?? full);
}

function addressKey(address: string): string {
  let key = ` ${textKey(address)} `;
  for (const phrase of ADDRESS_NOISE_PHRASES) key = key.replaceAll(` ${phrase} `, ' ');
  return key
    .split(' ')
    .filter((word) => word !== '' && !ADDRESS_NOISE_WORDS.has(word))
    .join(' ')
    .replace(/(?: ha noi| viet nam)+$/, '')
    .trim();
}

/**
 * Who a producer is: folded name (legal form abbreviations unified) + folded address (without
 * administrative words and a trailing "Hà Nội"/"Việt Nam"). Two households with the same owner's
 * name in different villages stay apart; "HTX Gốm sứ Minh Phát, xã Bát Tràng, huyện Gia Lâm" and
 * "Hợp tác xã gốm sứ Minh Phát, Bát Tràng, Gia Lâm, Hà Nội" are one producer.
 */
export function producerKey(name: string, address: string | null | undefined): string {
  return `${abbreviate(textKey(name))}|${addressKey(address ?? '')}`;
}

/** Which product of a producer a row is: its folded Vietnamese name. */
export function productKey(name: string): string {
  return textKey(name);
}
