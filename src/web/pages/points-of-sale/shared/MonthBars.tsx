import { formatVnd } from '../../../format.ts';

/** A bar per month (VND), a hatched bar for a month not reported; the figures are in the bars' titles and a hidden table. */
export function MonthBars({ months, label }: { months: readonly { month: string; value: number; missing?: boolean }[]; label: string }) {
  const max = Math.max(1, ...months.map((m) => m.value));
  const mmyy = (m: string) => `${m.slice(5, 7)}/${m.slice(2, 4)}`;
  return (
    <figure aria-label={label}>
      <div className="pos-bars" aria-hidden="true">
        {months.map((m) => (
          <div key={m.month} className={`pos-bars__bar${m.missing ? ' pos-bars__bar--missing' : ''}`} style={m.missing ? undefined : { height: `${(m.value / max) * 100}%` }} title={`${mmyy(m.month)}: ${m.missing ? '–' : formatVnd(m.value)}`} />
        ))}
      </div>
      <div className="pos-bars__labels" aria-hidden="true">{months.map((m) => <span key={m.month}>{mmyy(m.month)}</span>)}</div>
      <table className="visually-hidden">
        <caption>{label}</caption>
        <tbody>{months.map((m) => <tr key={m.month}><th scope="row">{mmyy(m.month)}</th><td>{m.missing ? '–' : formatVnd(m.value)}</td></tr>)}</tbody>
      </table>
    </figure>
  );
}
