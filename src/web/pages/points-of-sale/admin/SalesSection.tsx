import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PointDetail, PointSales, StockList } from '../../../../modules/outlets/contract.ts';
import { commonHeaders } from '../../../api/client.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { MonthBars } from '../shared/MonthBars.tsx';

interface ImportProblem { row: number; column: string; message: { vi: string; en: string } }

/** Monthly sales: the last twelve months as a chart, the month's report by form, or a spreadsheet upload. */
export function SalesSection({ point }: { point: PointDetail }) {
  const { t } = useTranslation();
  const sales = useApiQuery<PointSales>(`/api/outlets/points/${point.id}/sales`);
  return (
    <section aria-labelledby="sales-title">
      <h2 id="sales-title">{t('pointsOfSaleAdmin.sales.title')}</h2>
      <QueryView query={sales}>
        {(data) => (
          <>
            <MonthBars months={data.months.map((m) => ({ month: m.month, value: m.totalVnd, missing: !m.reported }))} label={t('pointsOfSaleAdmin.sales.chart')} />
            <SalesForm pointId={point.id} month={data.latestDueMonth} />
            <SalesUpload pointId={point.id} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function SalesForm({ pointId, month: due }: { pointId: string; month: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [month, setMonth] = useState(due);
  const [values, setValues] = useState<Record<string, { units: string; sales: string }>>({});
  const stock = useApiQuery<StockList>(`/api/outlets/points/${pointId}/stock`);
  const save = useApiMutation<void, { lines: { stockItemId: string; units: number; salesVnd: number }[] }>({ method: 'PUT', path: () => `/api/outlets/points/${pointId}/sales/${month}` });
  const [saved, setSaved] = useState(false);
  return (
    <form onSubmit={(e) => {
      e.preventDefault();
      const lines = Object.entries(values).map(([stockItemId, v]) => ({ stockItemId, units: Number(v.units || 0), salesVnd: Number(v.sales || 0) })).filter((l) => l.units > 0 || l.salesVnd > 0);
      save.mutate({ lines }, { onSuccess: () => setSaved(true) });
    }}>
      <h3>{t('pointsOfSaleAdmin.sales.report')}</h3>
      <label htmlFor="sales-month">{t('pointsOfSaleAdmin.sales.month')}</label>
      <input id="sales-month" type="month" value={month} onChange={(e) => { setMonth(e.target.value); setSaved(false); }} required />
      <QueryView query={stock}>
        {(data) => (
          <table className="data-table">
            <thead><tr><th>{t('pointsOfSaleAdmin.stock.product')}</th><th>{t('pointsOfSaleAdmin.sales.units')}</th><th>{t('pointsOfSaleAdmin.sales.amount')}</th></tr></thead>
            <tbody>
              {data.items.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{pick(i.name)}</th>
                  <td><input aria-label={`${t('pointsOfSaleAdmin.sales.units')} · ${pick(i.name)}`} type="number" min={0} value={values[i.id]?.units ?? ''} onChange={(e) => setValues({ ...values, [i.id]: { units: e.target.value, sales: values[i.id]?.sales ?? '' } })} /></td>
                  <td><input aria-label={`${t('pointsOfSaleAdmin.sales.amount')} · ${pick(i.name)}`} type="number" min={0} value={values[i.id]?.sales ?? ''} onChange={(e) => setValues({ ...values, [i.id]: { units: values[i.id]?.units ?? '', sales: e.target.value } })} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      <button className="button button--primary" type="submit" disabled={save.isPending}>{t('pointsOfSaleAdmin.sales.send')}</button>
      {save.error && <p role="alert">{errorMessage(t, save.error)}</p>}
      {saved && <p role="status">{t('pointsOfSaleAdmin.sales.saved')}</p>}
    </form>
  );
}

function SalesUpload({ pointId }: { pointId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [result, setResult] = useState<{ ok: boolean; problems: ImportProblem[]; message?: string } | null>(null);
  const upload = async (file: File) => {
    const response = await fetch(`/api/outlets/points/${pointId}/sales-import?fileName=${encodeURIComponent(file.name)}`, {
      method: 'POST', body: file, credentials: 'same-origin',
      headers: { ...commonHeaders('POST'), accept: 'application/json', 'content-type': file.type || 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    const body = await response.json() as { ok?: boolean; problems?: ImportProblem[]; error?: { message: string; details?: { problems?: ImportProblem[] } } };
    setResult(response.ok ? { ok: true, problems: [] } : { ok: false, problems: body.error?.details?.problems ?? [], message: body.error?.message });
  };
  return (
    <div>
      <h3>{t('pointsOfSaleAdmin.sales.upload')}</h3>
      <p><a href={`/api/outlets/points/${pointId}/sales-template`}>{t('pointsOfSaleAdmin.sales.template')}</a></p>
      <label htmlFor="sales-file">{t('pointsOfSaleAdmin.sales.file')}</label>
      <input id="sales-file" type="file" accept=".xlsx,.csv" onChange={(e) => { const file = e.target.files?.[0]; if (file) void upload(file); }} />
      {result?.ok && <p role="status">{t('pointsOfSaleAdmin.sales.imported')}</p>}
      {result && !result.ok && (
        <div role="alert">
          <p>{result.message}</p>
          <ul>{result.problems.map((p, i) => <li key={i}>{t('pointsOfSaleAdmin.sales.row', { row: p.row })}: {pick(p.message)}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
