import type { Localized } from '../../../shared/localized.ts';
import { findCategory } from '../domain/categories.ts';
import { VIETNAM } from '../domain/countries.ts';
import { isIsoDate, type IsoDate } from '../domain/iso-date.ts';
import type { ProducerType } from '../domain/producer-types.ts';
import { producerKey } from '../import/producer-key.ts';
import { HANOI } from '../domain/provinces.ts';
import { CRAFT_VILLAGES, type CraftVillageSeed } from './craft-villages.ts';
import { demoCertificates, issueWindow, type CertificateContext, type ForcedScenario } from './demo-certificates.ts';
import type { DemoCatalogue, DemoCraftVillage, DemoProducer, DemoProduct } from './demo-types.ts';
import { foreignProducerName, producerName } from './names.ts';
import { FOREIGN_ORIGINS, HANOI_LOCATIONS, PROVINCE_ORIGINS, type ForeignOrigin, type HanoiLocation, type ProvinceOrigin } from './origins.ts';
import { createRandom, type Random } from './prng.ts';
import { SPECIALTIES, type ProductTemplate, type SpecialtyKey } from './product-templates.ts';

export interface DemoOptions {
  /** Statuses (valid, expiring, expired, revoked) are relative to this day. */
  today: IsoDate;
  /** Default 320, or one per 3.6 products when only `products` is given. */
  producers?: number;
  /** Default 1,200. */
  products?: number;
  seed?: number | string;
}

export const DEFAULT_PRODUCERS = 320;
export const DEFAULT_PRODUCTS = 1_200;

// National mix at the end of 2024 (ocop.md): 32.7% cooperatives, 24.1% enterprises, 42.7%
// households, the rest cooperative groups (given a visible 1% here so every type appears).
const TYPE_SHARES: readonly (readonly [Exclude<ProducerType, 'foreign-enterprise'>, number])[] = [
  ['cooperative', 0.327],
  ['enterprise', 0.241],
  ['cooperative-group', 0.01],
];
const SHARE_FOREIGN = 0.06;
const SHARE_OTHER_PROVINCES = 0.45;
const SHARE_IN_CRAFT_VILLAGES = 0.65;

// Larger producers list more products.
const PRODUCT_WEIGHT: Readonly<Record<ProducerType, number>> = {
  enterprise: 1.6,
  cooperative: 1.4,
  'cooperative-group': 1,
  household: 0.7,
  'foreign-enterprise': 1,
};

const TRADE_BY_SPECIALTY: Readonly<Record<SpecialtyKey, string>> = {
  ceramics: 'Gốm sứ',
  silk: 'Lụa',
  rattan: 'Mây tre đan',
  lacquer: 'Sơn mài',
  'pearl-inlay': 'Khảm trai',
  carving: 'Điêu khắc',
  woodcraft: 'Đồ gỗ mỹ nghệ',
  'sticky-rice-cakes': 'Bánh chưng',
  'duong-lam-foods': 'Thực phẩm',
  'sai-son': 'Nông nghiệp',
  tailoring: 'May mặc',
  'soy-vermicelli': 'Tương miến',
  'pork-rolls': 'Giò chả',
  'green-rice': 'Cốm',
  incense: 'Hương',
  'conical-hats': 'Nón lá',
  'bamboo-toys': 'Đồ chơi tre',
  flowers: 'Hoa',
  'peach-kumquat': 'Sinh vật cảnh',
  'sticky-rice': 'Xôi',
  'huong-son': 'Dịch vụ nông nghiệp',
  'ba-vi': 'Dược liệu',
  'craft-tourism': 'Du lịch làng nghề',
  'farm-produce': 'Nông sản',
  'processed-food': 'Thực phẩm',
  drinks: 'Đồ uống',
  tea: 'Trà',
  herbal: 'Dược liệu',
  ornamental: 'Sinh vật cảnh',
  'eco-tourism': 'Du lịch sinh thái',
};

const TRADE_BY_GROUP: Readonly<Record<string, Localized>> = {
  I: { vi: 'Nông sản', en: 'Foods' },
  II: { vi: 'Đồ uống', en: 'Beverages' },
  III: { vi: 'Dược liệu', en: 'Herbal Products' },
  IV: { vi: 'Thủ công mỹ nghệ', en: 'Handicrafts' },
  V: { vi: 'Hoa cây cảnh', en: 'Gardens' },
  VI: { vi: 'Du lịch', en: 'Travel' },
};

const VARIANTS: readonly Localized[] = [
  { vi: 'loại đặc biệt', en: 'special grade' },
  { vi: 'hộp quà', en: 'gift box' },
  { vi: 'cao cấp', en: 'premium' },
  { vi: 'truyền thống', en: 'traditional' },
  { vi: 'mẫu mới', en: 'new design' },
];

const CITY_PROVINCES = new Set(['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']);

const unaccented = new Map<string, string>();

/** "Bát Tràng" → "Bat Trang" for English names (memoised: a few hundred places, 100,000 calls). */
function unaccent(text: string): string {
  let result = unaccented.get(text);
  if (result === undefined) {
    result = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D');
    unaccented.set(text, result);
  }
  return result;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function jitter(random: Random, value: number, spread: number): number {
  return Math.round((value + (random.next() - 0.5) * 2 * spread) * 1e5) / 1e5;
}

function roundPrice(value: number): number {
  const step = value < 100_000 ? 1_000 : value < 1_000_000 ? 5_000 : 50_000;
  return Math.max(step, Math.round(value / step) * step);
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const a = items[i];
    const b = items[j];
    if (a === undefined || b === undefined) continue;
    items[i] = b;
    items[j] = a;
  }
  return items;
}

function checkCount(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

/** Where a producer is and what it makes; turned into a {@link DemoProducer} and its products. */
type ProducerSeed =
  | { kind: 'village'; village: CraftVillageSeed; specialty: SpecialtyKey }
  | { kind: 'hanoi'; location: HanoiLocation; specialty: SpecialtyKey }
  | { kind: 'province'; origin: ProvinceOrigin; templates: readonly ProductTemplate[] }
  | { kind: 'foreign'; origin: ForeignOrigin; templates: readonly ProductTemplate[] };

// A producer from elsewhere specialises in one group of its area's products ("… Foods Co.").
function focusTemplates(random: Random, templates: readonly ProductTemplate[]): readonly ProductTemplate[] {
  const group = groupOf(random.pick(templates).leaf);
  return templates.filter((template) => groupOf(template.leaf) === group);
}

function groupOf(leaf: string): string {
  return findCategory(leaf)?.groupCode ?? 'I';
}

function seedsFor(random: Random, count: number): ProducerSeed[] {
  const foreign = count < 30 ? Math.min(3, Math.floor(count / 10)) : Math.max(6, Math.round(count * SHARE_FOREIGN));
  const provinces = Math.round(count * SHARE_OTHER_PROVINCES);
  const hanoi = count - foreign - provinces;
  const inVillages = Math.round(hanoi * SHARE_IN_CRAFT_VILLAGES);
  const seeds: ProducerSeed[] = [];
  // Round-robin first so every village, location and origin appears before any repeats.
  for (let i = 0; i < inVillages; i++) {
    const village = i < CRAFT_VILLAGES.length ? CRAFT_VILLAGES[i] : random.weighted(CRAFT_VILLAGES.map((v) => [v, v.weight] as const));
    if (village) seeds.push({ kind: 'village', village, specialty: random.weighted(village.specialties) });
  }
  for (let i = 0; i < hanoi - inVillages; i++) {
    const location = i < HANOI_LOCATIONS.length ? HANOI_LOCATIONS[i] : random.pick(HANOI_LOCATIONS);
    if (location) seeds.push({ kind: 'hanoi', location, specialty: random.weighted(location.specialties) });
  }
  for (let i = 0; i < provinces; i++) {
    const origin = PROVINCE_ORIGINS[i % PROVINCE_ORIGINS.length];
    if (origin) seeds.push({ kind: 'province', origin, templates: focusTemplates(random, origin.templates) });
  }
  for (let i = 0; i < foreign; i++) {
    const origin = FOREIGN_ORIGINS[i % FOREIGN_ORIGINS.length];
    if (origin) seeds.push({ kind: 'foreign', origin, templates: focusTemplates(random, origin.templates) });
  }
  return seeds;
}

/** Producer types in the national mix, dealt out exactly rather than drawn, then shuffled. */
function typesFor(random: Random, count: number): Exclude<ProducerType, 'foreign-enterprise'>[] {
  const types: Exclude<ProducerType, 'foreign-enterprise'>[] = [];
  for (const [type, share] of TYPE_SHARES) {
    const n = type === 'cooperative-group' && count >= 20 ? Math.max(1, Math.round(count * share)) : Math.round(count * share);
    for (let i = 0; i < n && types.length < count; i++) types.push(type);
  }
  while (types.length < count) types.push('household');
  return shuffle(random, types);
}

function templatesOf(seed: ProducerSeed): readonly ProductTemplate[] {
  return seed.kind === 'village' || seed.kind === 'hanoi' ? SPECIALTIES[seed.specialty] : seed.templates;
}

function placeOf(seed: ProducerSeed): string {
  switch (seed.kind) {
    case 'village':
      return seed.village.place;
    case 'hanoi':
      return seed.location.place;
    case 'province':
      return seed.origin.town;
    case 'foreign':
      return seed.origin.city;
  }
}

function tradeOf(seed: ProducerSeed): Localized {
  if (seed.kind === 'village' || seed.kind === 'hanoi') {
    return { vi: TRADE_BY_SPECIALTY[seed.specialty], en: '' };
  }
  return TRADE_BY_GROUP[groupOf(seed.templates[0]?.leaf ?? 'I')] ?? { vi: 'Đặc sản', en: 'Specialities' };
}

interface NameRegistry {
  /** Names as the importer identifies producers, so "HTX X" and "Hợp tác xã X" count as one. */
  taken: Set<string>;
  /** Next number to try per base name, so numbering stays O(1) at 100,000 products. */
  next: Map<string, number>;
}

// Real lists do repeat names (two "Hộ kinh doanh Nguyễn Văn Hùng" in different villages); the
// demo keeps names unique so search results and screenshots are unambiguous.
function uniqueName(registry: NameRegistry, candidate: () => string, place: string): string {
  const isTaken = (name: string): boolean => registry.taken.has(producerKey(name, null));
  const claim = (name: string): string => {
    registry.taken.add(producerKey(name, null));
    return name;
  };
  for (let attempt = 0; attempt < 4; attempt++) {
    const name = candidate();
    const key = producerKey(name, null);
    if (!registry.taken.has(key)) {
      registry.taken.add(key);
      return name;
    }
  }
  const name = candidate();
  const base = name.includes(place) ? name : `${name} ${place}`;
  if (!isTaken(base)) return claim(base);
  let n = registry.next.get(base) ?? 2;
  while (isTaken(`${base} ${n}`)) n++;
  registry.next.set(base, n + 1);
  return claim(`${base} ${n}`);
}

function hanoiTaxCode(random: Random): string {
  return `01${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}

function provincialTaxCode(random: Random): string {
  return `${random.int(20, 69)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}

// Since 2025 a household business's tax code is the owner's 12-digit citizen ID (001… in Hanoi).
function personalId(random: Random, provincePrefix: string): string {
  return `${provincePrefix}${random.int(0, 3)}${String(random.int(60, 99)).padStart(2, '0')}${String(random.int(0, 999_999)).padStart(6, '0')}`;
}

function vietnamesePhone(random: Random): string {
  return `${random.pick(['09', '08', '03'])}${random.int(1, 9)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
}

const FOREIGN_PHONE_PREFIX: Readonly<Record<string, string>> = { LA: '+856 20 ', TH: '+66 8', JP: '+81 90 ' };

function makeProducer(random: Random, key: string, seed: ProducerSeed, type: ProducerType, names: NameRegistry): DemoProducer {
  const place = placeOf(seed);
  const trade = tradeOf(seed);
  if (seed.kind === 'foreign') {
    const { origin } = seed;
    return {
      key,
      name: uniqueName(names, () => foreignProducerName(random, origin.brandWords, trade.en, origin.country), origin.city),
      type: 'foreign-enterprise',
      address: `${random.int(1, 299)} ${random.pick(['Main', 'River', 'Market', 'Temple', 'Garden'])} Road, ${origin.city}, ${origin.province}, ${origin.countryName}`,
      commune: null,
      legacyDistrict: null,
      province: origin.province,
      region: null,
      country: origin.country,
      taxCode: null,
      phone: `${FOREIGN_PHONE_PREFIX[origin.country] ?? '+'}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      craftVillageKey: null,
      lat: jitter(random, origin.lat, 0.03),
      lng: jitter(random, origin.lng, 0.03),
    };
  }
  const vnType = type === 'foreign-enterprise' ? 'enterprise' : type;
  const name = uniqueName(names, () => producerName(random, vnType, trade.vi, place), place);
  const isHousehold = vnType === 'household';
  if (seed.kind === 'province') {
    const { origin } = seed;
    const provinceLabel = CITY_PROVINCES.has(origin.province) ? `thành phố ${origin.province}` : `tỉnh ${origin.province}`;
    return {
      key,
      name,
      type: vnType,
      address: origin.town === origin.province ? `Tổ ${random.int(1, 30)}, ${provinceLabel}` : `Thôn ${random.int(1, 12)}, ${origin.town}, ${provinceLabel}`,
      commune: null,
      legacyDistrict: null,
      province: origin.province,
      region: origin.region,
      country: VIETNAM,
      taxCode: isHousehold ? (random.chance(0.5) ? personalId(random, '0' + String(random.int(10, 96))) : null) : provincialTaxCode(random),
      phone: vietnamesePhone(random),
      craftVillageKey: null,
      lat: jitter(random, origin.lat, 0.05),
      lng: jitter(random, origin.lng, 0.05),
    };
  }
  const where =
    seed.kind === 'village'
      ? {
          commune: seed.village.commune,
          communeType: seed.village.legacyCommuneType,
          communeName: seed.village.legacyCommune,
          districtType: seed.village.legacyDistrictType,
          district: seed.village.legacyDistrict,
          lat: seed.village.lat,
          lng: seed.village.lng,
          spread: 0.004,
          villageKey: `village:${seed.village.slug}`,
        }
      : {
          commune: seed.location.commune,
          communeType: seed.location.legacyCommuneType,
          communeName: seed.location.place,
          districtType: seed.location.legacyDistrictType,
          district: seed.location.legacyDistrict,
          lat: seed.location.lat,
          lng: seed.location.lng,
          spread: 0.01,
          villageKey: null,
        };
  const street = where.communeType === 'xã' ? `Thôn ${random.int(1, 9)}` : `Số ${random.int(1, 120)}, tổ dân phố ${random.int(1, 20)}`;
  return {
    key,
    name,
    type: vnType,
    address: `${street}, ${where.communeType} ${where.communeName}, ${where.districtType} ${where.district}, ${HANOI}`,
    commune: where.commune,
    legacyDistrict: where.district,
    province: HANOI,
    region: 'red-river-delta',
    country: VIETNAM,
    taxCode: isHousehold ? (random.chance(0.5) ? personalId(random, '001') : null) : hanoiTaxCode(random),
    phone: vietnamesePhone(random),
    craftVillageKey: where.villageKey,
    lat: jitter(random, where.lat, where.spread),
    lng: jitter(random, where.lng, where.spread),
  };
}

function fill(template: Localized, place: string): Localized {
  return { vi: template.vi.replaceAll('{place}', place), en: template.en.replaceAll('{place}', unaccent(place)) };
}

// Products of one template in one place share their text strings: at 100,000 products this
// spares the garbage collector hundreds of thousands of identical strings.
const filled = new WeakMap<ProductTemplate, Map<string, { name: Localized; description: Localized }>>();

function filledTemplate(template: ProductTemplate, place: string): { name: Localized; description: Localized } {
  let byPlace = filled.get(template);
  if (!byPlace) {
    byPlace = new Map<string, { name: Localized; description: Localized }>();
    filled.set(template, byPlace);
  }
  let texts = byPlace.get(place);
  if (!texts) {
    const name = fill(template.name, place);
    texts = { name: { vi: capitalise(name.vi), en: capitalise(name.en) }, description: fill(template.description, place) };
    byPlace.set(place, texts);
  }
  return texts;
}

function makeProduct(
  random: Random,
  key: string,
  producer: DemoProducer,
  seed: ProducerSeed,
  template: ProductTemplate,
  takenNames: Set<string>,
): DemoProduct {
  const texts = filledTemplate(template, placeOf(seed));
  // Fresh objects around shared strings, so callers may edit one product without touching others.
  let name = { ...texts.name };
  for (let i = 0; takenNames.has(name.vi); i++) {
    const variant = VARIANTS[i] ?? { vi: `mẫu ${i - VARIANTS.length + 2}`, en: `model ${i - VARIANTS.length + 2}` };
    name = { vi: `${texts.name.vi} ${variant.vi}`, en: `${texts.name.en} (${variant.en})` };
  }
  takenNames.add(name.vi);
  const [min, max] = template.price;
  const low = roundPrice(min + random.next() * (max - min) * 0.6);
  const high = Math.max(low, Math.min(roundPrice(max), roundPrice(low * (1 + random.next() * 0.8))));
  return {
    key,
    producerKey: producer.key,
    categoryCode: template.leaf,
    name,
    description: { ...texts.description },
    packaging: random.pick(template.packaging),
    priceMinVnd: low,
    priceMaxVnd: high,
    craftVillageKey: producer.craftVillageKey,
  };
}

function craftVillage(seed: CraftVillageSeed): DemoCraftVillage {
  return {
    key: `village:${seed.slug}`,
    name: seed.name,
    craft: seed.craft,
    commune: seed.commune,
    legacyCommune: seed.legacyCommune,
    legacyDistrict: seed.legacyDistrict,
    province: HANOI,
    lat: seed.lat,
    lng: seed.lng,
    recognisedTraditional: seed.recognised,
    description: seed.description,
  };
}

/** How many products each producer lists: one each first, the rest by producer size. */
function productCounts(random: Random, producers: readonly DemoProducer[], total: number): number[] {
  const counts = producers.map((_, i): number => (i < total ? 1 : 0));
  let remaining = total - Math.min(total, producers.length);
  if (remaining === 0 || producers.length === 0) return counts;
  const cumulative: number[] = [];
  let sum = 0;
  for (const producer of producers) {
    sum += PRODUCT_WEIGHT[producer.type];
    cumulative.push(sum);
  }
  while (remaining-- > 0) {
    const target = random.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    counts[lo] = (counts[lo] ?? 0) + 1;
  }
  return counts;
}

const FORCED: readonly ForcedScenario[] = ['valid', 'expiring', 'expired', 'revoked'];

/**
 * A deterministic demo catalogue: Hanoi's craft villages; producers in them, elsewhere in Hanoi,
 * in other provinces of every cultural region and abroad (Laos, Thailand, Japan); products across
 * all six groups; and certificates whose statuses relative to `today` include valid, expiring,
 * expired and revoked, some products with a renewal history. Same options, same output.
 * Foreign producers' products have no OCOP certificates (OCOP rates Vietnamese products).
 */
export function generateDemoCatalogue(options: DemoOptions): DemoCatalogue {
  const { today } = options;
  if (!isIsoDate(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  checkCount('producers', options.producers);
  checkCount('products', options.products);
  const productTotal = options.products ?? DEFAULT_PRODUCTS;
  const producerTotal = options.producers ?? (options.products === undefined ? DEFAULT_PRODUCERS : Math.max(DEFAULT_PRODUCERS, Math.ceil(productTotal / 3.6)));
  const random = createRandom(options.seed ?? 'ocop-connect-demo');

  const seeds = seedsFor(random, producerTotal);
  const vietnameseCount = seeds.filter((s) => s.kind !== 'foreign').length;
  const types = typesFor(random, vietnameseCount);
  const names: NameRegistry = { taken: new Set(), next: new Map() };
  let typeIndex = 0;
  const producers = seeds.map((seed, i) => {
    const type: ProducerType = seed.kind === 'foreign' ? 'foreign-enterprise' : (types[typeIndex++] ?? 'household');
    return makeProducer(random, `producer:${String(i + 1).padStart(5, '0')}`, seed, type, names);
  });

  const counts = productCounts(random, producers, productTotal);
  const products: DemoProduct[] = [];
  const certificates: DemoCatalogue['certificates'] = [];
  let certificateNumber = 0;
  const decisions = new Map<string, string>();
  const counters = new Map<string, number>();
  const window = issueWindow(today);
  let forcedIndex = 0;

  producers.forEach((producer, p) => {
    const seed = seeds[p];
    if (!seed) return;
    const templates = shuffle(random, [...templatesOf(seed)]);
    const takenProductNames = new Set<string>();
    const context: CertificateContext = {
      random,
      today,
      nextKey: () => `certificate:${String(++certificateNumber).padStart(6, '0')}`,
      districtIssuer: `${producer.province}|${producer.legacyDistrict ?? placeOf(seed)}`,
      provinceIssuer: producer.province,
      decisions,
      counters,
      window,
    };
    for (let n = 0; n < (counts[p] ?? 0); n++) {
      const template = templates[n % templates.length];
      if (!template) continue;
      const product = makeProduct(random, `product:${String(products.length + 1).padStart(6, '0')}`, producer, seed, template, takenProductNames);
      products.push(product);
      if (producer.country !== VIETNAM) continue;
      certificates.push(...demoCertificates(context, product.key, FORCED[forcedIndex++]));
    }
  });

  return { craftVillages: CRAFT_VILLAGES.map(craftVillage), producers, products, certificates };
}
