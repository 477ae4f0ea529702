import type { ProducerType } from '../domain/producer-types.ts';
import type { Random } from './prng.ts';

/** Invented but plausible producer names. Any likeness to a real business is coincidental. */

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Kiều', 'Đinh', 'Phan', 'Lý', 'Tạ', 'Chu', 'Nghiêm'];
const MALE = { middle: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Đình', 'Công'], given: ['Hùng', 'Tuấn', 'Dũng', 'Nam', 'Bình', 'Cường', 'Long', 'Sơn', 'Phong', 'Hải', 'Khánh', 'Vinh', 'Toàn', 'Đạt', 'Tiến', 'Thắng', 'Huy', 'Lâm'] };
const FEMALE = { middle: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Phương'], given: ['Lan', 'Hoa', 'Mai', 'Hương', 'Hà', 'Thảo', 'Hạnh', 'Yến', 'Nga', 'Trang', 'Linh', 'Tâm', 'Thủy', 'Oanh', 'Hiền', 'Nhung', 'Dung', 'Huyền'] };

const BRANDS = [
  'Minh Phát',
  'Hưng Thịnh',
  'An Khang',
  'Phúc Lộc',
  'Thành Đạt',
  'Việt Hưng',
  'Tân Tiến',
  'Hồng Hà',
  'Thăng Long',
  'Bảo An',
  'Quang Minh',
  'Tiến Đạt',
  'Thiên Phú',
  'Kim Ngân',
  'Phú Quý',
  'Sao Mai',
  'Vạn Xuân',
  'Hương Quê',
  'Đất Việt',
  'Trường An',
  'Tâm An',
  'Lạc Hồng',
  'Gia Bảo',
  'Mộc An',
  'Thanh Bình',
  'Ngọc Sơn',
  'Xưa',
  'Việt Xanh',
];

export function personName(random: Random): string {
  const names = random.chance(0.5) ? MALE : FEMALE;
  return `${random.pick(FAMILY)} ${random.pick(names.middle)} ${random.pick(names.given)}`;
}

/**
 * A name in the shape lists use for each legal form: "HTX Gốm sứ Minh Phát", "Công ty TNHH Lụa
 * Vạn Phúc Xưa", "Tổ hợp tác Mây tre đan Phú Vinh", "Hộ kinh doanh Nguyễn Thị Lan".
 */
export function producerName(random: Random, type: Exclude<ProducerType, 'foreign-enterprise'>, trade: string, place: string): string {
  const brand = random.pick(BRANDS);
  const label = random.chance(0.5) ? `${trade} ${place}` : `${trade} ${brand}`;
  switch (type) {
    case 'cooperative':
      return `${random.chance(0.85) ? 'HTX' : 'Hợp tác xã'} ${label}`;
    case 'enterprise': {
      const form = random.weighted([
        ['Công ty TNHH', 6],
        ['Công ty CP', 3],
        ['Doanh nghiệp tư nhân', 1],
      ] as const);
      return form === 'Công ty CP' ? `${form} ${trade} ${place} ${brand}` : `${form} ${label}`;
    }
    case 'cooperative-group':
      return `Tổ hợp tác ${trade} ${place}`;
    case 'household':
      return random.chance(0.75) ? `Hộ kinh doanh ${personName(random)}` : `Cơ sở sản xuất ${trade} ${brand}`;
  }
}

export function foreignProducerName(random: Random, brandWords: readonly string[], trade: string, country: string): string {
  const suffix = country === 'JP' ? random.pick(['Co., Ltd.', 'K.K.']) : random.pick(['Co., Ltd.', 'Trading Co., Ltd.']);
  return `${random.pick(brandWords)} ${trade} ${suffix}`;
}
