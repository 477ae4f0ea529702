// Guards the web app's texts: vi.json and en.json have the same keys, no empty value, the same
// {{placeholders}}, and every key the sources use exists in both languages.
//
// Conventions the scan relies on (src/web/**/*.ts(x), tests excluded):
// - literal keys: t('a.b'), i18nKey="a.b", and properties or props named *Key holding a key
//   (labelKey: 'nav.fairs', summaryKey="modules.fairs.summary");
// - t(expression) only with an expression ending in "Key" (t(labelKey), t(module.summaryKey)),
//   so that every key passed around is declared in a *Key literal that this test checks;
// - keys built from a value, t(`prefix.${value}`), only with a prefix listed in DYNAMIC_KEYS
//   below together with every value it can take.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../modules/accounts/roles.ts';
import { KNOWN_ERROR_CODES } from '../api/error-codes.ts';
import { SORT_CODES, STATUS_CODES } from '../pages/catalogue/shared/codes.ts';
import {
  APPLICATION_STATUS_CODES,
  ASSIGNMENT_STATUS_CODES,
  DASHBOARD_BREAKDOWNS,
  FAIR_STATUS_CODES,
  PROGRAMME_KIND_CODES,
  UNPLACED_REASON_CODES,
} from '../pages/fairs/shared/codes.ts';
import { VERDICTS } from '../pages/verify/verdict.ts';
import { resources } from './resources.ts';
import { TEXTS } from './texts.ts';

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Prefixes of keys built at run time, and every value that can follow each. A module lists its own
 * in src/web/pages/<module>/dynamic-keys.ts (export const DYNAMIC_KEYS), merged in below.
 */
const moduleDynamicKeys = import.meta.glob<Record<string, readonly string[]>>('../pages/*/dynamic-keys.ts', { eager: true, import: 'DYNAMIC_KEYS' });
const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  ...Object.assign({}, ...Object.values(moduleDynamicKeys)),
  'roles.': ROLES,
  'errors.': KNOWN_ERROR_CODES,
  'workspace.roleIntro.': ROLES,
  // Certificate statuses of products (src/web/pages/catalogue/shared/codes.ts).
  'certificate.status.': STATUS_CODES,
  'certificate.explain.': STATUS_CODES,
  'catalogue.sort.': SORT_CODES,
  // What the public check says (src/web/pages/verify/verdict.ts).
  'verify.verdict.': VERDICTS,
  'verify.explain.': VERDICTS,
  // Fairs (src/web/pages/fairs/shared/codes.ts).
  'fairs.status.': FAIR_STATUS_CODES,
  'fairs.kind.': PROGRAMME_KIND_CODES,
  'adminFairs.statusHelp.': FAIR_STATUS_CODES,
  'adminFairs.applicationStatus.': APPLICATION_STATUS_CODES,
  'myFairs.status.explain.': APPLICATION_STATUS_CODES,
  'adminFairs.assignment.': ASSIGNMENT_STATUS_CODES,
  'adminFairs.unplaced.': UNPLACED_REASON_CODES,
  'adminFairs.dashboard.': DASHBOARD_BREAKDOWNS,
  'adminFairs.plan.attr.': ['power', 'water', 'blocked', 'corner'],
};

type Tree = { [key: string]: unknown };

/** Leaf values by dotted key; a leaf that is not a text is kept as it is (the values test reports it). */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value as Tree, full)) out.set(k, v);
    } else out.set(full, value);
  }
  return out;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
  }
  return files;
}

const placeholders = (value: string) => [...value.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const vi = TEXTS.vi;
const en = TEXTS.en;
const viKeys = flatten(vi as Tree);
const enKeys = flatten(en as Tree);
const available = {
  vi: flatten(resources.vi.translation as unknown as Tree),
  en: flatten(resources.en.translation as unknown as Tree),
};

interface Use {
  file: string;
  key: string;
}

function scanSources() {
  const literal: Use[] = [];
  const dynamic: Use[] = [];
  const untraceable: Use[] = [];
  for (const file of sourceFiles(WEB_DIR)) {
    const source = fs.readFileSync(file, 'utf8');
    const rel = path.relative(WEB_DIR, file);
    for (const m of source.matchAll(/(?<![\w.$])t\(\s*(['"])([^'"]+)\1/g)) literal.push({ file: rel, key: m[2] as string });
    for (const m of source.matchAll(/\b(?:i18nKey|\w+Key)\s*[:=]\s*\{?\s*(['"])([^'"]+)\1/g)) {
      literal.push({ file: rel, key: m[2] as string });
    }
    for (const m of source.matchAll(/(?<![\w.$])t\(\s*`([^`]*)`/g)) {
      const template = m[1] as string;
      const at = template.indexOf('${');
      if (at === -1) literal.push({ file: rel, key: template });
      else dynamic.push({ file: rel, key: template.slice(0, at) });
    }
    for (const m of source.matchAll(/(?<![\w.$])t\(\s*([A-Za-z_$][\w$.]*)\s*[,)]/g)) {
      if (!(m[1] as string).endsWith('Key')) untraceable.push({ file: rel, key: m[1] as string });
    }
  }
  return { literal, dynamic, untraceable };
}

describe('web texts (vi.json, en.json)', () => {
  it('have the same keys in Vietnamese and English', () => {
    const onlyVi = [...viKeys.keys()].filter((key) => !enKeys.has(key));
    const onlyEn = [...enKeys.keys()].filter((key) => !viKeys.has(key));
    expect({ onlyVi, onlyEn }).toEqual({ onlyVi: [], onlyEn: [] });
  });

  it('have no empty or non-text value', () => {
    const bad = [...viKeys, ...enKeys].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  it('use the same {{placeholders}} in both languages', () => {
    const differ = [...viKeys.keys()]
      .filter((key) => enKeys.has(key))
      .filter((key) => placeholders(text(viKeys.get(key))).join() !== placeholders(text(enKeys.get(key))).join());
    expect(differ).toEqual([]);
  });

  it('leave the role labels to ROLE_LABELS (roles.* is added from src/modules/accounts/roles.ts)', () => {
    expect('roles' in vi || 'roles' in en).toBe(false);
    for (const role of ROLES) {
      expect(available.vi.get(`roles.${role}`)).toBeTruthy();
      expect(available.en.get(`roles.${role}`)).toBeTruthy();
    }
  });
});

describe('keys used in src/web', () => {
  const { literal, dynamic, untraceable } = scanSources();

  it('finds the uses (the scan works)', () => {
    expect(literal.length).toBeGreaterThan(50);
    expect(dynamic.length).toBeGreaterThan(0);
  });

  it('exist in both languages', () => {
    const missing = literal
      .filter(({ key }) => !available.vi.has(key) || !available.en.has(key))
      .map(({ file, key }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('are built only from a documented prefix, and exist for every value of it', () => {
    const unknownPrefixes = dynamic.filter(({ key }) => !(key in DYNAMIC_KEYS)).map(({ file, key }) => `${file}: ${key}\${…}`);
    expect(unknownPrefixes).toEqual([]);
    const missing: string[] = [];
    for (const [prefix, values] of Object.entries(DYNAMIC_KEYS)) {
      for (const value of values) {
        const key = prefix + value;
        if (!available.vi.has(key)) missing.push(`vi: ${key}`);
        if (!available.en.has(key)) missing.push(`en: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('are passed around only in variables named *Key', () => {
    expect(untraceable.map(({ file, key }) => `${file}: t(${key})`)).toEqual([]);
  });
});
