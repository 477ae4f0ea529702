// The certificate check behind every product's QR code, rendered on the server: a shopper on
// mobile data gets the verdict in one small HTML response (critical CSS inline, no script
// needed), and the web app loads only when they follow a link on.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VerifyResult } from '../modules/catalogue/contract.ts';
import { verifyProductCode } from '../modules/catalogue/verify/verify-product-code.ts';
import { normaliseCode, verdictOf, type Verdict } from '../shared/verify/verdict.ts';
import { clock } from '../shared/time/clock.ts';
import { AppError } from './http/app-error.ts';

type Language = 'vi' | 'en';
type Texts = Record<string, unknown>;

// The texts and styles are read from the sources, so the same path holds from src/ and dist/.
const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/web');
const readJson = (file: string): Texts => JSON.parse(fs.readFileSync(path.join(webDir, 'i18n', file), 'utf8')) as Texts;
const TEXTS: Record<Language, Texts> = { vi: readJson('vi.json'), en: readJson('en.json') };

/** The stylesheet's :root variables and its /verify section: all the page needs. */
function criticalCss(): string {
  const css = fs.readFileSync(path.join(webDir, 'styles.css'), 'utf8');
  const roots = css.match(/:root \{[^}]*\}/g) ?? [];
  const start = css.indexOf('/* ================= Certificate check (/verify)');
  const end = start < 0 ? -1 : css.indexOf('/* =================', start + 10);
  const verify = start < 0 ? '' : css.slice(start, end < 0 ? undefined : end);
  const base = `*{box-sizing:border-box}body{margin:0}a{color:var(--red-700)}.brand-bar{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.6rem 1rem;background:var(--red-700);color:#fff}.brand-bar a,.brand-bar button{color:#fff;font:inherit}.brand-bar button{background:none;border:1px solid #fff8;border-radius:6px;padding:.35rem .7rem;min-height:44px;cursor:pointer}.brand{font-weight:700;text-decoration:none}.page{max-width:40rem;margin:0 auto;padding:1rem}.button{display:inline-flex;align-items:center;justify-content:center;min-height:44px;padding:.5rem 1rem;border-radius:8px;border:0;background:var(--red-700);color:#fff;font:inherit;font-weight:600}.cell-sub{display:block;color:var(--ink-soft);font-size:.9rem}.star-rating__glyphs{color:var(--gold-500);margin-right:.25rem}.tag{display:inline-block;margin-left:.4rem;padding:0 .4rem;border-radius:4px;background:var(--gold-100);font-size:.85rem}.muted{color:var(--ink-soft)}:focus-visible{outline:3px solid var(--focus);outline-offset:2px}`;
  return (roots.join('') + base + verify).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{}:;,>]) ?/g, '$1');
}
const CSS = criticalCss();

function text(language: Language, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = TEXTS[language];
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Texts)[part] : undefined;
  const template = typeof node === 'string' ? node : key;
  return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name] ?? ''));
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const formatDate = (iso: string | null | undefined) => (iso ? iso.replace(/^(\d{4})-(\d{2})-(\d{2}).*$/, '$3/$2/$1') : '');

const ICONS: Record<Verdict, string> = { valid: '✓', expiring: '!', expired: '✕', revoked: '⊘', none: '?', unconfirmed: '?' };

/** The language of the page: the visitor's choice (cookie set by the web app), else Vietnamese. */
export function pageLanguage(request: FastifyRequest): Language {
  return request.cookies?.ocop_lang === 'en' ? 'en' : 'vi';
}

function fact(label: string, value: string): string {
  return `<div><dt>${escapeHtml(label)}</dt><dd>${value}</dd></div>`;
}

function verdictHtml(language: Language, result: VerifyResult): string {
  const t = (key: string, values?: Record<string, string | number>) => escapeHtml(text(language, key, values));
  const other: Language = language === 'vi' ? 'en' : 'vi';
  const verdict = verdictOf(result);
  const certificate = result.certificate;
  const dates = { expiry: formatDate(certificate?.expiryDate), revoked: formatDate(certificate?.revokedOn), checked: formatDate(result.checkedOn) };
  const reason = certificate?.revocationReason ? certificate.revocationReason[language] || certificate.revocationReason.vi : '';
  const facts = [
    fact(text(language, 'verify.product'), `<a href="/catalogue/products/${result.product.id}">${escapeHtml(result.product.name[language] || result.product.name.vi)}</a>`),
    fact(text(language, 'verify.producer'), `<a href="/catalogue/producers/${result.producer.id}">${escapeHtml(result.producer.name)}</a><span class="cell-sub">${escapeHtml(result.producer.province)}</span>`),
  ];
  if (certificate) {
    const inForce = verdict === 'valid' || verdict === 'expiring';
    facts.push(
      fact(
        text(language, 'verify.stars'),
        `<span class="star-rating"><span class="star-rating__glyphs" aria-hidden="true">${'★'.repeat(certificate.stars)}</span><span class="star-rating__text">${t('certificate.stars', { count: certificate.stars })}</span>` +
          `${certificate.potentialFiveStar ? `<span class="tag tag--potential">${t('certificate.potentialFiveStar')}</span>` : ''}</span>` +
          `${inForce ? '' : `<span class="cell-sub">${t('verify.starsNotInForce')}</span>`}`,
      ),
      fact(text(language, 'certificate.issueDate'), formatDate(certificate.issueDate)),
      fact(text(language, 'certificate.expiryDate'), dates.expiry),
    );
    if (certificate.revokedOn) facts.push(fact(text(language, 'certificate.revokedOn'), dates.revoked));
    facts.push(fact(text(language, 'certificate.decision'), escapeHtml(certificate.decisionNumber)));
  }
  facts.push(fact(text(language, 'verify.checkedOn'), dates.checked));
  return (
    `<div class="verdict verdict--${verdict}" data-verdict="${verdict}" role="status">` +
    `<p class="verdict__headline"><span class="verdict__icon" aria-hidden="true">${ICONS[verdict]}</span><span class="verdict__text">${t(`verify.verdict.${verdict}`)}</span></p>` +
    `<p class="verdict__other" lang="${other}">${escapeHtml(text(other, `verify.verdict.${verdict}`))}</p>` +
    `<p class="verdict__explain">${t(`verify.explain.${verdict}`, dates)}</p>` +
    (verdict === 'revoked' && reason ? `<p class="verdict__reason"><strong>${t('certificate.revocationReason')}:</strong> ${escapeHtml(reason)}</p>` : '') +
    `<dl class="verdict__facts">${facts.join('')}</dl></div>`
  );
}

function unknownHtml(language: Language, code: string, malformed: boolean): string {
  const t = (key: string, values?: Record<string, string | number>) => escapeHtml(text(language, key, values));
  return (
    `<div class="verdict verdict--unknown" data-verdict="unknown"><p class="verdict__headline"><span class="verdict__icon" aria-hidden="true">?</span>` +
    `${malformed ? t('verify.malformedCode') : t('verify.unknownCode')}</p><p>${malformed ? t('verify.badCode') : t('verify.unknownCodeText', { code })}</p></div>`
  );
}

// Switching the language sets the web app's choice too (its localStorage key), then reloads. A
// file of its own, not inline: the Content-Security-Policy runs scripts from this origin only.
const LANGUAGE_SCRIPT_PATH = '/verify-language.js';
const LANGUAGE_SCRIPT =
  "document.getElementById('lang').onclick=function(){var l=this.value;document.cookie='ocop_lang='+l+';path=/;max-age=31536000;samesite=lax';try{localStorage.setItem('ocop.language',l)}catch(e){}location.reload()}";

function pageHtml(language: Language, code: string, body: string): string {
  const t = (key: string, values?: Record<string, string | number>) => escapeHtml(text(language, key, values));
  const other: Language = language === 'vi' ? 'en' : 'vi';
  const otherName = other === 'en' ? 'English' : 'Tiếng Việt';
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="theme-color" content="#8f1d21"><link rel="icon" href="data:,"><title>${t('verify.titleCode', { code })} – OCOP Connect</title><style>${CSS}</style></head>` +
    `<body><header class="brand-bar"><a class="brand" href="/">OCOP Connect</a><button type="button" id="lang" value="${other}" lang="${other}">${otherName}</button></header>` +
    `<main class="page verify-page" aria-labelledby="page-title"><h1 id="page-title" class="verify-page__title">${t('verify.title')} <span class="verify-page__code">${escapeHtml(code)}</span></h1>` +
    `<div aria-live="polite">${body}</div>` +
    `<h2 class="verify-page__again">${t('verify.checkAnother')}</h2>` +
    `<form class="verify-form card" action="/verify" method="get"><label for="code">${t('verify.codeLabel')}</label><div class="verify-form__row">` +
    `<input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" enterkeyhint="go" placeholder="7K3M-9QX2" maxlength="20" required>` +
    `<button type="submit" class="button button--primary">${t('verify.submit')}</button></div></form>` +
    `<p class="muted"><a href="/catalogue">${escapeHtml(text(language, 'nav.catalogue'))}</a></p></main>` +
    `<script src="${LANGUAGE_SCRIPT_PATH}" defer></script></body></html>`
  );
}

async function renderVerify(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, rawCode: string) {
  const language = pageLanguage(request);
  const code = normaliseCode(rawCode);
  reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'cookie');
  if (!code) return reply.status(400).send(pageHtml(language, rawCode.toUpperCase().slice(0, 20), unknownHtml(language, rawCode, true)));
  try {
    const result = await verifyProductCode(app.database.db, code, clock.today());
    return reply.send(pageHtml(language, code, verdictHtml(language, result)));
  } catch (error) {
    if (error instanceof AppError && (error.statusCode === 404 || error.statusCode === 400)) {
      return reply.status(error.statusCode).send(pageHtml(language, code, unknownHtml(language, code, error.statusCode === 400)));
    }
    throw error;
  }
}

/** GET /verify/:code as a server-rendered page; GET /verify?code=… (the form) goes there. */
export function registerVerifyPage(app: FastifyInstance): void {
  app.get(LANGUAGE_SCRIPT_PATH, { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=86400').send(LANGUAGE_SCRIPT),
  );
  app.get('/verify/:code', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) =>
    renderVerify(app, request, reply, (request.params as { code: string }).code),
  );
  app.get('/verify', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const typed = (request.query as { code?: unknown }).code;
    if (typeof typed !== 'string') return reply.callNotFound(); // the web app's form page
    const code = normaliseCode(typed);
    return code ? reply.redirect(`/verify/${code}`, 303) : renderVerify(app, request, reply, typed);
  });
}
