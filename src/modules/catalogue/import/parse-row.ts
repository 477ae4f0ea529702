import { authorityLevelLabel, expectedAuthorityLevel, parseAuthorityLevel, type AuthorityLevel } from '../domain/authority-levels.ts';
import { resolveCategory } from '../domain/categories.ts';
import { certificateExpiry, certificateStatus } from '../domain/certificate-status.ts';
import { VIETNAM, parseCountry } from '../domain/countries.ts';
import { parseCulturalRegion, type CulturalRegionCode } from '../domain/cultural-regions.ts';
import { guessLeafFromProductName } from '../domain/guess-leaf.ts';
import type { IsoDate } from '../domain/iso-date.ts';
import { legalBasisForDate, parseLegalBasis, type LegalBasis } from '../domain/legal-basis.ts';
import { parseProducerType, type ProducerType } from '../domain/producer-types.ts';
import { HANOI, parseProvince } from '../domain/provinces.ts';
import { starsForScore } from '../domain/stars.ts';
import { cellText } from '../../../server/spreadsheet/cell-value.ts';
import type { RowContext } from '../../../server/spreadsheet/define-import.ts';
import { parseDateCell } from '../../../server/spreadsheet/parse-date.ts';
import { columnDefinition, type ColumnKey } from './columns.ts';
import type { ImportErrorCode, ImportWarningCode } from './import-problems.ts';
import type { ImportRow } from './import-row.ts';
import type { PriceRange } from './parse-price.ts';
import { parseTaxCode } from './parse-tax-code.ts';
import { producerKey, productKey } from './producer-key.ts';

export interface ProductListOptions {
  /** Decides future dates and certificate status. */
  today: IsoDate;
}

// "1234/QĐ-UBND ngày 15/3/2024" in a combined number-and-date column.
const NUMBER_WITH_DATE = /^(.*?)[\s,;]+(?:ngày|ngay|dated|date)?\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*$/i;

/**
 * Reads one row of an official list into a typed {@link ImportRow}, reporting every problem in
 * it through the engine's row context rather than stopping at the first. Columns the file lacks
 * are reported once by the engine (missing_column), not again on every row.
 */
export function parseRow(row: RowContext<ColumnKey, ProductListOptions>): ImportRow | undefined {
  const { rowNumber, cell, text, optionalText, has, required } = row;
  const { today } = row.options;
  const error = (code: ImportErrorCode, key: ColumnKey, value?: string, detail?: string): void => row.error(code, key, value, detail);
  const warn = (code: ImportWarningCode, key: ColumnKey, value?: string, detail?: string): void => row.warn(code, key, value, detail);

  // ---- product and producer ------------------------------------------------------------------
  const productName = required('productName');
  const producerName = required('producerName');
  const address = required('address');

  const producerType = readProducerType(producerName);
  const country = readCountry(producerType);
  const type: ProducerType | undefined =
    producerType === 'enterprise' && country !== undefined && country !== VIETNAM ? 'foreign-enterprise' : producerType;
  const place = readProvince(country);
  const region = readRegion(place.region);

  const taxCodeText = text('taxCode');
  let taxCode: string | null = null;
  if (taxCodeText !== '') {
    const parsed = parseTaxCode(cell('taxCode'));
    if (parsed !== undefined) taxCode = parsed;
    else if (country === VIETNAM) error('bad_tax_code', 'taxCode', taxCodeText);
    else taxCode = taxCodeText; // foreign tax numbers follow their own formats
  }

  // ---- rating ---------------------------------------------------------------------------------
  const categoryCode = readCategory(productName);
  const rating = readStars();
  const score = readScore(rating?.stars, rating?.potentialFiveStar ?? false);

  // ---- decision and certificate dates --------------------------------------------------------
  let decisionNumber = required('decisionNumber');
  let decisionDate: IsoDate | undefined;
  const combined = decisionNumber === undefined ? null : NUMBER_WITH_DATE.exec(decisionNumber);
  if (!has('decisionDate') && combined?.[1] && combined[2]) {
    decisionNumber = combined[1].trim();
    decisionDate = readDate('decisionNumber', combined[2]);
  } else if (!has('decisionDate') && has('decisionNumber') && decisionNumber !== undefined) {
    row.errorAtColumn('missing_value', columnDefinition('decisionDate').header.vi);
  } else {
    decisionDate = readRequiredDate('decisionDate');
  }
  const issueDate = text('issueDate') === '' ? decisionDate : readDate('issueDate');
  if (issueDate !== undefined && decisionDate !== undefined && issueDate < decisionDate) {
    error('issue_before_decision', 'issueDate', issueDate, decisionDate);
  }
  const listedExpiry = text('expiryDate') === '' ? undefined : readDate('expiryDate', undefined, { allowFuture: true });
  if (listedExpiry !== undefined && issueDate !== undefined && listedExpiry <= issueDate) {
    error('expiry_before_issue', 'expiryDate', listedExpiry, issueDate);
  }
  const legalBasis = readLegalBasis(decisionDate);
  const level = readLevel(rating?.stars, legalBasis);

  // ---- the rest -------------------------------------------------------------------------------
  const price = row.value<PriceRange>('price');

  if (
    row.hasErrors ||
    productName === undefined ||
    producerName === undefined ||
    address === undefined ||
    type === undefined ||
    country === undefined ||
    categoryCode === undefined ||
    rating === undefined ||
    decisionNumber === undefined ||
    decisionDate === undefined ||
    issueDate === undefined ||
    legalBasis === undefined ||
    level === undefined
  ) {
    return undefined;
  }

  const expiryDate = listedExpiry ?? certificateExpiry(issueDate);
  return {
      rowNumber,
      productKey: productKey(productName),
      productName: { vi: productName, en: optionalText('productNameEn') },
      producer: {
        key: producerKey(producerName, address),
        name: producerName,
        type,
        address,
        province: place.province,
        legacyProvince: place.legacyProvince,
        commune: optionalText('commune'),
        legacyDistrict: optionalText('district'),
        country,
        region,
        taxCode,
        phone: optionalText('phone'),
      },
      categoryCode,
      stars: rating.stars,
      potentialFiveStar: rating.potentialFiveStar,
      score: score ?? null,
      decisionNumber,
      decisionDate,
      issueDate,
      expiryDate,
      level,
      legalBasis,
      status: certificateStatus({ issueDate, expiryDate }, today),
      craftVillage: optionalText('craftVillage'),
      priceMinVnd: price?.minVnd ?? null,
      priceMaxVnd: price?.maxVnd ?? null,
      packaging: optionalText('packaging'),
      description: optionalText('description'),
  };

  // ---- readers (hoisted; they share the row's problem lists) ---------------------------------

  function readProducerType(name: string | undefined): ProducerType | undefined {
    const written = text('producerType');
    if (written !== '') {
      const parsed = parseProducerType(written);
      if (parsed === undefined) error('unknown_producer_type', 'producerType', written);
      return parsed;
    }
    // No type given: the legal form usually leads the name ("HTX …", "Công ty TNHH …").
    if (name === undefined) return undefined;
    const inferred = parseProducerType(name);
    if (inferred === undefined) error('unknown_producer_type', 'producerType', name);
    return inferred;
  }

  function readCountry(producerType: ProducerType | undefined): string | undefined {
    const written = text('country');
    if (written === '') {
      if (producerType !== 'foreign-enterprise') return VIETNAM;
      error('missing_value', 'country');
      return undefined;
    }
    const parsed = parseCountry(written);
    if (parsed === undefined) error('unknown_country', 'country', written);
    return parsed;
  }

  function readProvince(countryCode: string | undefined): {
    province: string | null;
    legacyProvince: string | null;
    region: CulturalRegionCode | null;
  } {
    const written = text('province');
    if (countryCode !== VIETNAM) return { province: written || null, legacyProvince: null, region: null };
    // A Hanoi programme's own lists often omit the province: it is Hanoi.
    if (written === '') return { province: HANOI, legacyProvince: null, region: 'red-river-delta' };
    const match = parseProvince(written);
    if (match) return { province: match.name, legacyProvince: match.legacyName, region: match.region };
    warn('unknown_province', 'province', written);
    return { province: written, legacyProvince: null, region: null };
  }

  function readRegion(fromProvince: CulturalRegionCode | null): CulturalRegionCode | null {
    const written = text('region');
    if (written === '') return fromProvince;
    const parsed = parseCulturalRegion(written);
    if (parsed === undefined) warn('unknown_region', 'region', written);
    return parsed ?? fromProvince;
  }

  function readCategory(name: string | undefined): string | undefined {
    const written = required('category');
    if (written === undefined) return undefined;
    const resolved = resolveCategory(written);
    if (resolved === undefined) {
      error('unknown_category', 'category', written);
      return undefined;
    }
    if (!resolved.defaulted) return resolved.leafCode;
    const guess = name === undefined ? undefined : guessLeafFromProductName(name, resolved.code);
    if (guess !== undefined) {
      warn('category_guessed', 'category', written, guess);
      return guess;
    }
    warn('category_defaulted', 'category', written, resolved.leafCode);
    return resolved.leafCode;
  }

  function readStars(): { stars: 3 | 4 | 5; potentialFiveStar: boolean } | undefined {
    if (required('stars') === undefined) return undefined;
    return row.value<{ stars: 3 | 4 | 5; potentialFiveStar: boolean }>('stars');
  }

  function readScore(stars: 3 | 4 | 5 | undefined, potentialFiveStar: boolean): number | undefined {
    const written = text('score');
    const parsed = row.value<number>('score');
    if (parsed === undefined) return undefined;
    const expected = potentialFiveStar ? 5 : stars;
    if (expected !== undefined && starsForScore(parsed) !== expected) {
      warn('score_mismatch', 'score', written, `${starsForScore(parsed)}★ ≠ ${expected}★`);
    }
    return parsed;
  }

  function readDate(key: ColumnKey, written?: string, options?: { allowFuture: boolean }): IsoDate | undefined {
    const raw = written ?? cell(key);
    const date = parseDateCell(raw);
    if (date === undefined) {
      error('bad_date', key, cellText(raw));
      return undefined;
    }
    if (!options?.allowFuture && date > today) {
      error('future_date', key, date);
      return undefined;
    }
    return date;
  }

  function readRequiredDate(key: ColumnKey): IsoDate | undefined {
    return required(key) === undefined ? undefined : readDate(key);
  }

  function readLegalBasis(date: IsoDate | undefined): LegalBasis | undefined {
    const written = text('legalBasis');
    if (written !== '') {
      const parsed = parseLegalBasis(written);
      if (parsed === undefined) error('unknown_legal_basis', 'legalBasis', written);
      return parsed;
    }
    return date === undefined ? undefined : legalBasisForDate(date);
  }

  function readLevel(stars: 3 | 4 | 5 | undefined, basis: LegalBasis | undefined): AuthorityLevel | undefined {
    const expected = stars === undefined || basis === undefined ? undefined : expectedAuthorityLevel(stars, basis);
    const written = text('level');
    if (written === '') return expected;
    const parsed = parseAuthorityLevel(written);
    if (parsed === undefined) {
      error('unknown_level', 'level', written);
      return undefined;
    }
    if (expected !== undefined && parsed !== expected) {
      warn('level_mismatch', 'level', written, `${authorityLevelLabel(expected).vi} / ${authorityLevelLabel(expected).en}`);
    }
    return parsed;
  }
}
