import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, DailyReportInput, Fair } from '../../../../../modules/fairs/contract.ts';
import { errorMessage } from '../../../../api/error-message.ts';
import { formatDate } from '../../../../format.ts';
import { useLocalized } from '../../../../i18n/use-localized.ts';
import { useApiMutation } from '../../../../kit/query/useApiMutation.ts';
import { fairDays, parseAmount, todayInHanoi } from '../../shared/fair-data.ts';
import { useNumberFormat } from '../../shared/number-format.ts';

/** An exhibitor's day from the phone: checked in, sales, units per product. */
export function DailyReportForm({ fair, application }: { fair: Fair; application: Application }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const n = useNumberFormat();
  const today = todayInHanoi();
  const days = fairDays(fair.startsOn, fair.endsOn).filter((d) => d <= today);
  const [day, setDay] = useState(days.includes(today) ? today : (days.at(-1) ?? fair.startsOn));
  const [checkIn, setCheckIn] = useState(true);
  const [sales, setSales] = useState('');
  const [units, setUnits] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const report = useApiMutation<void, DailyReportInput>({ method: 'PUT', path: `/api/fairs/${fair.slug}/reports`, invalidates: [`/api/fairs/${fair.slug}`] });
  if (days.length === 0) return <p className="notice">{t('myFairs.report.notYet', { date: formatDate(fair.startsOn) })}</p>;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const salesVnd = sales.trim() === '' ? null : parseAmount(sales);
    if (sales.trim() !== '' && salesVnd === null) return setMessage({ kind: 'error', text: t('myFairs.report.badAmount') });
    const products: NonNullable<DailyReportInput['products']> = [];
    for (const p of application.products) {
      const text = units[p.id]?.trim() ?? '';
      if (!text) continue;
      if (!/^\d{1,7}$/.test(text)) return setMessage({ kind: 'error', text: t('myFairs.report.badUnits') });
      products.push({ productId: p.id, units: Number(text) });
    }
    setMessage(null);
    try {
      await report.mutateAsync({ applicationId: application.id, day, checkIn, ...(salesVnd !== null ? { salesVnd } : {}), ...(products.length ? { products } : {}) });
      setMessage({ kind: 'ok', text: t('myFairs.report.saved', { date: formatDate(day), sales: salesVnd !== null ? n.vnd(salesVnd) : '—' }) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(t, error) });
    }
  };

  const typed = sales ? parseAmount(sales) : null;
  return (
    <form className="form report-form" onSubmit={(event) => void submit(event)} aria-label={t('myFairs.report.title')}>
      <h2>{t('myFairs.report.title')}</h2>
      <p className="muted">{t('myFairs.report.help')}</p>
      <div className="field">
        <label htmlFor="report-day">{t('myFairs.report.day')}</label>
        <select id="report-day" value={day} onChange={(event) => setDay(event.target.value)}>
          {days.map((d) => (
            <option key={d} value={d}>
              {formatDate(d)}
            </option>
          ))}
        </select>
      </div>
      <div className="checkbox-field">
        <input id="report-checkin" type="checkbox" checked={checkIn} onChange={(event) => setCheckIn(event.target.checked)} />
        <label htmlFor="report-checkin">{t('myFairs.report.checkIn')}</label>
      </div>
      <div className="field">
        <label htmlFor="report-sales">{t('myFairs.report.sales')}</label>
        <input id="report-sales" inputMode="numeric" value={sales} onChange={(event) => setSales(event.target.value)} placeholder="1.500.000" />
        <p className="field__hint">{typed !== null ? n.vnd(typed) : t('myFairs.report.salesHint')}</p>
      </div>
      <fieldset className="form-section">
        <legend>{t('myFairs.report.units')}</legend>
        {application.products.map((p) => (
          <div key={p.id} className="field field--inline">
            <label htmlFor={`units-${p.id}`}>{pick(p.name)}</label>
            <input id={`units-${p.id}`} inputMode="numeric" className="input--short" value={units[p.id] ?? ''} onChange={(event) => setUnits((u) => ({ ...u, [p.id]: event.target.value }))} />
          </div>
        ))}
      </fieldset>
      {message && (
        <p className={message.kind === 'ok' ? 'form-success' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={report.isPending}>
        {t('myFairs.report.submit')}
      </button>
    </form>
  );
}
