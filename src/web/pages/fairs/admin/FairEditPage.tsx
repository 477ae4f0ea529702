import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Fair, FairInput, FairUpdate } from '../../../../modules/fairs/contract.ts';
import { api } from '../../../api/client.ts';
import { formErrorMessage, errorMessage } from '../../../api/error-message.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate, formatVnd, parseDate } from '../../../format.ts';
import { NEXT_STATUSES, type FairStatus } from '../shared/codes.ts';
import { parseAmount } from '../shared/fair-data.ts';
import { FairAdminFrame } from './FairAdminFrame.tsx';

interface FormState {
  slug: string;
  nameVi: string;
  nameEn: string;
  themeVi: string;
  themeEn: string;
  descriptionVi: string;
  descriptionEn: string;
  venueVi: string;
  venueEn: string;
  venueAddress: string;
  latitude: string;
  longitude: string;
  startsOn: string;
  endsOn: string;
  opensAt: string;
  closesAt: string;
  maxStallsPerProducer: string;
  stallFeeVnd: string;
  subsidyPercent: string;
  minStars: string;
  holdHours: string;
}

function initial(fair: Fair | null): FormState {
  return {
    slug: fair?.slug ?? '',
    nameVi: fair?.name.vi ?? '',
    nameEn: fair?.name.en ?? '',
    themeVi: fair?.theme.vi ?? '',
    themeEn: fair?.theme.en ?? '',
    descriptionVi: fair?.description.vi ?? '',
    descriptionEn: fair?.description.en ?? '',
    venueVi: fair?.venue.vi ?? '',
    venueEn: fair?.venue.en ?? '',
    venueAddress: fair?.venueAddress ?? '',
    latitude: fair?.latitude?.toString() ?? '',
    longitude: fair?.longitude?.toString() ?? '',
    startsOn: fair ? formatDate(fair.startsOn) : '',
    endsOn: fair ? formatDate(fair.endsOn) : '',
    opensAt: fair?.opensAt.slice(0, 5) ?? '08:00',
    closesAt: fair?.closesAt.slice(0, 5) ?? '22:00',
    maxStallsPerProducer: String(fair?.maxStallsPerProducer ?? 2),
    stallFeeVnd: fair ? formatVnd(fair.stallFeeVnd).replace(/\s*₫$/, '') : '0',
    subsidyPercent: String(fair?.subsidyPercent ?? 50),
    minStars: String(fair?.minStars ?? 3),
    holdHours: String(fair?.holdHours ?? 48),
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The fair's form for create (`/admin/fairs/new`) and edit (`/admin/fairs/:slug`). */
function FairForm({ fair, onSaved }: { fair: Fair | null; onSaved(slug: string): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => initial(fair));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof FormState) => (event: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: event.target.value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const startsOn = parseDate(form.startsOn);
    const endsOn = parseDate(form.endsOn);
    const fee = parseAmount(form.stallFeeVnd || '0');
    if (!form.nameVi.trim() || !form.nameEn.trim() || !form.venueVi.trim() || !form.venueEn.trim()) return setProblem(t('adminFairs.form.required'));
    if (!fair && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(form.slug)) return setProblem(t('adminFairs.form.badSlug'));
    if (!startsOn || !endsOn) return setProblem(t('adminFairs.form.badDate'));
    if (endsOn < startsOn) return setProblem(t('errors.bad_dates'));
    if (!TIME.test(form.opensAt) || !TIME.test(form.closesAt)) return setProblem(t('adminFairs.form.badTime'));
    if (fee === null) return setProblem(t('adminFairs.form.badFee'));
    const lat = form.latitude.trim() === '' ? null : Number(form.latitude);
    const lng = form.longitude.trim() === '' ? null : Number(form.longitude);
    if ((lat !== null && !Number.isFinite(lat)) || (lng !== null && !Number.isFinite(lng))) return setProblem(t('adminFairs.form.badCoordinates'));
    const body: Omit<FairInput, 'slug'> = {
      name: { vi: form.nameVi.trim(), en: form.nameEn.trim() },
      theme: { vi: form.themeVi.trim(), en: form.themeEn.trim() },
      description: { vi: form.descriptionVi.trim(), en: form.descriptionEn.trim() },
      venue: { vi: form.venueVi.trim(), en: form.venueEn.trim() },
      venueAddress: form.venueAddress.trim(),
      latitude: lat,
      longitude: lng,
      startsOn,
      endsOn,
      opensAt: form.opensAt,
      closesAt: form.closesAt,
      maxStallsPerProducer: Number(form.maxStallsPerProducer),
      stallFeeVnd: fee,
      subsidyPercent: Number(form.subsidyPercent),
      minStars: Number(form.minStars),
      holdHours: Number(form.holdHours),
    };
    setProblem(null);
    setBusy(true);
    try {
      if (fair) {
        await api.patch<void>(`/api/fairs/${fair.slug}`, body satisfies FairUpdate);
        setSaved(true);
        onSaved(fair.slug);
      } else {
        const created = await api.post<{ slug: string }>('/api/fairs', { ...body, slug: form.slug } satisfies FairInput);
        onSaved(created.slug);
      }
    } catch (error) {
      setProblem(formErrorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  const field = (key: keyof FormState, labelKey: string, options: { hint?: string; type?: string; inputMode?: 'numeric' | 'decimal'; min?: number; max?: number } = {}) => (
    <div className="field">
      <label htmlFor={`fair-${key}`}>{t(labelKey)}</label>
      <input id={`fair-${key}`} type={options.type ?? 'text'} inputMode={options.inputMode} min={options.min} max={options.max} value={form[key]} onChange={set(key)} />
      {options.hint && <p className="field__hint">{options.hint}</p>}
    </div>
  );

  return (
    <form className="form fair-form" onSubmit={(event) => void submit(event)} aria-label={t('adminFairs.form.label')} noValidate>
      <fieldset className="form-section">
        <legend>{t('adminFairs.form.general')}</legend>
        {!fair && field('slug', 'adminFairs.form.slug', { hint: t('adminFairs.form.slugHint') })}
        <div className="form-grid">
          {field('nameVi', 'adminFairs.form.nameVi')}
          {field('nameEn', 'adminFairs.form.nameEn')}
          {field('themeVi', 'adminFairs.form.themeVi')}
          {field('themeEn', 'adminFairs.form.themeEn')}
        </div>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="fair-descriptionVi">{t('adminFairs.form.descriptionVi')}</label>
            <textarea id="fair-descriptionVi" rows={3} value={form.descriptionVi} onChange={set('descriptionVi')} />
          </div>
          <div className="field">
            <label htmlFor="fair-descriptionEn">{t('adminFairs.form.descriptionEn')}</label>
            <textarea id="fair-descriptionEn" rows={3} value={form.descriptionEn} onChange={set('descriptionEn')} />
          </div>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('adminFairs.form.place')}</legend>
        <div className="form-grid">
          {field('venueVi', 'adminFairs.form.venueVi')}
          {field('venueEn', 'adminFairs.form.venueEn')}
          {field('venueAddress', 'adminFairs.form.venueAddress')}
          {field('latitude', 'adminFairs.form.latitude', { inputMode: 'decimal' })}
          {field('longitude', 'adminFairs.form.longitude', { inputMode: 'decimal' })}
        </div>
        <div className="form-grid">
          {field('startsOn', 'adminFairs.form.startsOn', { hint: t('adminFairs.form.dateHint') })}
          {field('endsOn', 'adminFairs.form.endsOn', { hint: t('adminFairs.form.dateHint') })}
          {field('opensAt', 'adminFairs.form.opensAt', { hint: 'HH:mm' })}
          {field('closesAt', 'adminFairs.form.closesAt', { hint: 'HH:mm' })}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('adminFairs.form.rules')}</legend>
        <div className="form-grid">
          {field('maxStallsPerProducer', 'adminFairs.form.maxStalls', { type: 'number', min: 1, max: 4 })}
          {field('stallFeeVnd', 'adminFairs.form.fee', { inputMode: 'numeric', hint: t('adminFairs.form.feeHint') })}
          {field('subsidyPercent', 'adminFairs.form.subsidy', { type: 'number', min: 0, max: 100 })}
          {field('minStars', 'adminFairs.form.minStars', { type: 'number', min: 3, max: 5 })}
          {field('holdHours', 'adminFairs.form.holdHours', { type: 'number', min: 1, max: 720, hint: t('adminFairs.form.holdHint') })}
        </div>
      </fieldset>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {saved && (
        <p className="form-success" role="status">
          {t('admin.saved')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {fair ? t('admin.save') : t('adminFairs.form.create')}
        </button>
      </div>
    </form>
  );
}

function StatusControl({ fair, onChanged }: { fair: Fair; onChanged(): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const move = async (status: FairStatus) => {
    setBusy(true);
    setProblem(null);
    try {
      await api.patch<void>(`/api/fairs/${fair.slug}`, { status } satisfies FairUpdate);
      onChanged();
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="form-section fair-status-control" aria-labelledby="fair-status-title">
      <h2 id="fair-status-title">{t('adminFairs.statusTitle')}</h2>
      <p>
        {t('adminFairs.statusNow')} <strong>{t(`fairs.status.${fair.status}`)}</strong>. {t(`adminFairs.statusHelp.${fair.status}`)}
      </p>
      <div className="actions">
        {NEXT_STATUSES[fair.status].map((status) => (
          <button key={status} type="button" className="button button--secondary" disabled={busy} onClick={() => void move(status)}>
            {t('adminFairs.moveTo', { status: t(`fairs.status.${status}`) })}
          </button>
        ))}
      </div>
      {problem && <p role="alert" className="form-error">{problem}</p>}
    </section>
  );
}

export function NewFairPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminFairs.new'));
  const navigate = useNavigate();
  return (
    <section className="page" aria-labelledby="page-title">
      <p className="back-link">
        <Link to="/admin/fairs">← {t('adminFairs.all')}</Link>
      </p>
      <h1 id="page-title">{t('adminFairs.new')}</h1>
      <FairForm fair={null} onSaved={(slug) => void navigate(`/admin/fairs/${slug}/plan`, { state: { created: true } })} />
    </section>
  );
}

export default function FairEditPage() {
  return (
    <FairAdminFrame titleKey="adminFairs.tabs.settings">
      {(fair, state) => (
        <>
          <StatusControl fair={fair} onChanged={state.reload} />
          <FairForm key={fair.id} fair={fair} onSaved={() => state.reload()} />
        </>
      )}
    </FairAdminFrame>
  );
}
