import { normaliseCategoryCode } from '../../catalogue/domain/categories.ts';
import { parseCulturalRegion } from '../../catalogue/domain/cultural-regions.ts';
import { defineSpreadsheetImport } from '../../../server/spreadsheet/define-import.ts';
import { parsers } from '../../../server/spreadsheet/parsers.ts';
import { textKey } from '../../../shared/text/text-key.ts';
import { BUYER_KINDS, BUYER_KIND_LABELS, type BuyerKind, type TableMode } from '../domain/values.ts';

export interface BuyerImportRow {
  name: string;
  kind: BuyerKind;
  province: string;
  contactName: string;
  email: string;
  phone: string;
  categories: string[];
  minStars: number;
  regions: string[];
  monthlyVolumeVnd: number;
  requirements: string;
  tableMode: TableMode;
  /** null: every slot of the conference. */
  available: number[] | null;
}

type Key = 'name' | 'kind' | 'province' | 'contact' | 'email' | 'phone' | 'categories' | 'minStars' | 'regions' | 'volume' | 'requirements' | 'table' | 'slots';

const kindByKey = new Map<string, BuyerKind>();
for (const kind of BUYER_KINDS) for (const spelling of [kind, BUYER_KIND_LABELS[kind].vi, BUYER_KIND_LABELS[kind].en]) kindByKey.set(textKey(spelling), kind);
for (const [spelling, kind] of [['Siêu thị', 'supermarket'], ['Phân phối', 'distributor'], ['Xuất khẩu', 'exporter'], ['Khách sạn', 'hotel'], ['Hàng không', 'airline'], ['Miễn thuế', 'duty-free'], ['TMĐT', 'e-commerce'], ['Trạm dừng nghỉ', 'rest-stop']] as const) {
  kindByKey.set(textKey(spelling), kind);
}

const list = (text: string) => text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);

/** "0-7", "0, 2, 5-9" or blank (every slot); ca numbers as the conference counts them, from 1. */
export function parseSlots(text: string, slotCount: number): number[] | null | 'bad' {
  if (text.trim() === '') return null;
  const out = new Set<number>();
  for (const part of list(text)) {
    const m = /^(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?$/.exec(part);
    if (!m) return 'bad';
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from || to > slotCount) return 'bad';
    for (let s = from; s <= to; s++) out.add(s - 1);
  }
  return [...out].sort((a, b) => a - b);
}

/** Bulk registration of a conference's buyers: one row per organisation. */
export const buyerImport = defineSpreadsheetImport<BuyerImportRow, Key, { slotCount: number }>({
  id: 'trade.buyers',
  source: import.meta.url,
  columns: [
    { key: 'name', header: { vi: 'Tên đơn vị', en: 'Organisation' }, required: true, aliases: ['Đơn vị thu mua', 'Tên doanh nghiệp', 'Buyer', 'Company'] },
    { key: 'kind', header: { vi: 'Loại hình', en: 'Kind' }, required: true, aliases: ['Loại đơn vị', 'Type'], parse: parsers.oneOf((t) => kindByKey.get(textKey(t)), BUYER_KINDS.join(', ')) },
    { key: 'province', required: false, header: { vi: 'Tỉnh, thành', en: 'Province' }, aliases: ['Tỉnh/thành phố', 'Tỉnh'] },
    { key: 'contact', required: false, header: { vi: 'Người liên hệ', en: 'Contact' }, aliases: ['Đầu mối', 'Contact name'] },
    { key: 'email', required: false, header: { vi: 'Thư điện tử', en: 'E-mail' }, aliases: ['Email'] },
    { key: 'phone', required: false, header: { vi: 'Điện thoại', en: 'Phone' }, aliases: ['Số điện thoại'] },
    { key: 'categories', required: false, header: { vi: 'Nhóm hàng cần mua', en: 'Categories wanted' }, aliases: ['Nhóm sản phẩm', 'Categories'] },
    { key: 'minStars', required: false, header: { vi: 'Hạng sao tối thiểu', en: 'Minimum stars' }, aliases: ['Số sao tối thiểu', 'Min stars'], parse: parsers.integer(3, 5) },
    { key: 'regions', required: false, header: { vi: 'Vùng quan tâm', en: 'Regions of interest' }, aliases: ['Vùng miền', 'Regions'] },
    { key: 'volume', required: false, header: { vi: 'Sản lượng thu mua/tháng (VNĐ)', en: 'Monthly volume (VND)' }, aliases: ['Sản lượng', 'Volume'], parse: parsers.integer(0, 1e15) },
    { key: 'requirements', required: false, header: { vi: 'Yêu cầu khác', en: 'Requirements' }, aliases: ['Yêu cầu', 'Chứng nhận'] },
    { key: 'table', required: false, header: { vi: 'Bàn riêng', en: 'Own table' }, aliases: ['Bàn', 'Table'] },
    { key: 'slots', required: false, header: { vi: 'Ca tham dự', en: 'Slots attended' }, aliases: ['Ca', 'Slots'] },
  ],
  messages: {
    bad_category: (d) => ({ vi: `Không có nhóm hàng OCOP "${d.value}".`, en: `No OCOP category "${d.value}".` }),
    bad_region: (d) => ({ vi: `Không có vùng "${d.value}".`, en: `No region "${d.value}".` }),
    bad_slots: (d) => ({ vi: `Ca tham dự "${d.value}" không hợp lệ (ví dụ 1-8, 10).`, en: `Slots "${d.value}" are not valid (e.g. 1-8, 10).` }),
  },
  parseRow(row) {
    const name = row.required('name');
    const kind = row.value<BuyerKind>('kind');
    const categories: string[] = [];
    for (const text of list(row.text('categories'))) {
      const code = normaliseCategoryCode(text);
      if (code) categories.push(code); else row.error('bad_category', 'categories', text);
    }
    const regions: string[] = [];
    for (const text of list(row.text('regions'))) {
      const code = parseCulturalRegion(text);
      if (code) regions.push(code); else row.error('bad_region', 'regions', text);
    }
    const available = parseSlots(row.text('slots'), row.options.slotCount);
    if (available === 'bad') row.error('bad_slots', 'slots', row.text('slots'));
    const table = textKey(row.text('table'));
    if (name === undefined || kind === undefined || row.hasErrors || available === 'bad') return undefined;
    return {
      name, kind, province: row.text('province') || 'Hà Nội', contactName: row.text('contact'), email: row.text('email'), phone: row.text('phone'),
      categories: [...new Set(categories)], minStars: row.value<number>('minStars') ?? 3, regions: [...new Set(regions)], monthlyVolumeVnd: row.value<number>('volume') ?? 0,
      requirements: row.text('requirements'), tableMode: ['khong', 'no', 'pool', 'chung'].includes(table) ? 'pool' : 'own', available,
    };
  },
  duplicate: { code: 'duplicate_row', column: 'name', key: (row) => textKey(row.text('name')) || undefined },
});
