import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../api/error-message.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { uploadImport, type ImportProgress, type ImportReport } from './import-upload.ts';

const SHOWN_AT_FIRST = 200;

type Problem = ImportReport['problems'][number];

const fileKey = (file: File) => `${file.name}|${file.size}|${file.lastModified}`;

/**
 * `/admin/catalogue/import`: upload an official product list (.xlsx/.csv), check it (dry run:
 * nothing is written), read the row-by-row report, then import it: all rows or none.
 */
export default function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.import.title'));
  const [file, setFile] = useState<File | null>(null);
  const [running, setRunning] = useState<null | 'dry-run' | 'import'>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checkedKey, setCheckedKey] = useState<string | null>(null);
  const abortRef = useRef<(() => void) | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => () => abortRef.current?.(), []);
  useEffect(() => {
    if (report || error) resultRef.current?.focus();
  }, [report, error]);

  const canImport = !!file && checkedKey === fileKey(file);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setReport(null);
    setError(null);
    setProgress(null);
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setRunning(dryRun ? 'dry-run' : 'import');
    setReport(null);
    setError(null);
    setProgress({ phase: 'upload', loaded: 0, total: file.size });
    const upload = uploadImport(file, dryRun, setProgress);
    abortRef.current = upload.abort;
    try {
      const result = await upload.promise;
      setReport(result);
      if (dryRun) setCheckedKey(result.ok ? fileKey(file) : null);
      else if (result.ok) setCheckedKey(null); // imported: a second import would only report "unchanged"
    } catch (caught) {
      if (caught instanceof DOMException && caught.name === 'AbortError') return;
      setError(errorMessage(t, caught));
    } finally {
      abortRef.current = null;
      setRunning(null);
      setProgress(null);
    }
  };

  return (
    <section className="page page--wide import-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('admin.import.title')}</h1>
      <p className="lead">{t('admin.import.intro')}</p>
      <details className="help">
        <summary>{t('admin.import.helpTitle')}</summary>
        <ul>
          <li>{t('admin.import.helpFormat')}</li>
          <li>{t('admin.import.helpRequired')}</li>
          <li>{t('admin.import.helpAllOrNothing')}</li>
          <li>{t('admin.import.helpExport')}</li>
        </ul>
      </details>

      <div className="card form import-form">
        <div className="field">
          <label htmlFor="import-file">{t('admin.import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={choose}
            disabled={running !== null}
            aria-describedby="import-file-hint"
          />
          <p className="field__hint" id="import-file-hint">
            {file ? t('admin.import.chosen', { name: file.name, size: formatSize(file.size) }) : t('admin.import.fileHint')}
          </p>
        </div>
        <p className="actions">
          <button type="button" className={`button ${canImport ? 'button--secondary' : 'button--primary'}`} disabled={!file || running !== null} onClick={() => void run(true)}>
            {t('admin.import.dryRun')}
          </button>
          <button type="button" className={`button ${canImport ? 'button--primary' : ''}`} disabled={!canImport || running !== null} onClick={() => void run(false)} aria-describedby="import-run-hint">
            {t('admin.import.run')}
          </button>
          {running && (
            <button type="button" className="button button--secondary" onClick={() => abortRef.current?.()}>
              {t('common.cancel')}
            </button>
          )}
        </p>
        <p className="field__hint" id="import-run-hint">
          {canImport ? t('admin.import.readyToImport') : t('admin.import.dryRunFirst')}
        </p>
        {running && progress && <ProgressBar running={running} progress={progress} />}
      </div>

      <div ref={resultRef} tabIndex={-1} aria-live="polite" className="import-result">
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {report && <ImportReportView report={report} />}
      </div>
    </section>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Seconds since the component appeared, ticking once a second. */
function useElapsedSeconds(): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  return seconds;
}

function ProgressBar({ running, progress }: { running: 'dry-run' | 'import'; progress: ImportProgress }) {
  const { t } = useTranslation();
  const seconds = useElapsedSeconds();
  let label: string;
  let value: number | undefined;
  let max = 1;
  if (progress.phase === 'upload') {
    const percent = progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
    label = t('admin.import.uploading', { percent });
    value = progress.loaded;
    max = Math.max(progress.total, 1);
  } else if (progress.total === 0) {
    label = seconds >= 2 ? t('admin.import.readingFor', { seconds }) : t('admin.import.reading');
  } else {
    label = running === 'dry-run' ? t('admin.import.checkingRows', { done: progress.done, total: progress.total }) : t('admin.import.writingRows', { done: progress.done, total: progress.total });
    value = progress.done;
    max = progress.total;
  }
  return (
    <div className="progress" role="status">
      <label htmlFor="import-progress">{label}</label>
      {/* No value: an indeterminate bar while the server reads and checks the file. */}
      <progress id="import-progress" max={max} value={value} />
    </div>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const rowsWithProblems = new Set(report.problems.map((problem) => problem.row)).size;
  const kinds = ['producers', 'products', 'certificates'] as const;
  const kindLabels = {
    producers: t('admin.import.counts.producers'),
    products: t('admin.import.counts.products'),
    certificates: t('admin.import.counts.certificates'),
  };

  let summary: string;
  if (!report.ok) summary = t('admin.import.summaryProblems', { count: report.problems.length, rows: rowsWithProblems });
  else if (report.dryRun) summary = t('admin.import.summaryDryRunOk', { count: report.rowCount });
  else summary = t('admin.import.summaryImported', { count: report.rowCount });

  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{report.dryRun ? t('admin.import.reportDryRun', { file: report.fileName }) : t('admin.import.reportImport', { file: report.fileName })}</h2>
      <p className={report.ok ? 'form-success' : 'form-error'} data-testid="import-summary">
        <span aria-hidden="true">{report.ok ? '✓ ' : '✕ '}</span>
        {summary}
        {report.ok && !report.dryRun && (
          <>
            {' '}
            <Link to="/admin/catalogue/products?sort=newest">{t('admin.import.seeProducts')}</Link>
          </>
        )}
      </p>
      {report.ok && (
        <table className="data-table counts-table">
          <caption>{report.dryRun ? t('admin.import.countsWould') : t('admin.import.countsDid')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.import.counts.what')}</th>
              <th scope="col">{t('admin.import.counts.created')}</th>
              <th scope="col">{t('admin.import.counts.updated')}</th>
              <th scope="col">{t('admin.import.counts.unchanged')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((kind) => (
              <tr key={kind}>
                <th scope="row" data-label={t('admin.import.counts.what')}>
                  {kindLabels[kind]}
                </th>
                <td data-label={t('admin.import.counts.created')}>{report.counts[kind].created}</td>
                <td data-label={t('admin.import.counts.updated')}>{report.counts[kind].updated}</td>
                <td data-label={t('admin.import.counts.unchanged')}>{report.counts[kind].unchanged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.problems.length > 0 && <ProblemTable title={t('admin.import.problems', { count: report.problems.length })} items={report.problems} kind="problem" />}
      {report.warnings.length > 0 && <ProblemTable title={t('admin.import.warnings', { count: report.warnings.length })} items={report.warnings} kind="warning" />}
    </section>
  );
}

function ProblemTable({ title, items, kind }: { title: string; items: Problem[]; kind: 'problem' | 'warning' }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? items : items.slice(0, SHOWN_AT_FIRST);
  return (
    <div className={`problem-list problem-list--${kind}`}>
      <table className="data-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.import.columns.row')}</th>
            <th scope="col">{t('admin.import.columns.column')}</th>
            <th scope="col">{kind === 'problem' ? t('admin.import.columns.problem') : t('admin.import.columns.warning')}</th>
            <th scope="col">{t('admin.import.columns.value')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((item, index) => (
            <tr key={`${item.row}-${item.column}-${item.code}-${index}`}>
              <td data-label={t('admin.import.columns.row')}>{item.row > 0 ? item.row : t('admin.import.wholeFile')}</td>
              <td data-label={t('admin.import.columns.column')}>{item.column || '—'}</td>
              <td data-label={kind === 'problem' ? t('admin.import.columns.problem') : t('admin.import.columns.warning')}>{pick(item.message)}</td>
              <td data-label={t('admin.import.columns.value')}>{'value' in item && item.value ? <code>{item.value}</code> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!showAll && items.length > SHOWN_AT_FIRST && (
        <button type="button" className="button button--secondary" onClick={() => setShowAll(true)}>
          {t('admin.import.showAll', { count: items.length })}
        </button>
      )}
    </div>
  );
}
