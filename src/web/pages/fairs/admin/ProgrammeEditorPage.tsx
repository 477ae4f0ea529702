import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fair, ProgrammeItem, ProgrammeItemInput } from '../../../../modules/fairs/contract.ts';
import { api } from '../../../api/client.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { formatDate } from '../../../format.ts';
import { PROGRAMME_KIND_CODES, type ProgrammeKind } from '../shared/codes.ts';
import { fairDays } from '../shared/fair-data.ts';
import { ProgrammeList } from '../shared/ProgrammeList.tsx';
import { FairAdminFrame } from './FairAdminFrame.tsx';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export default function ProgrammeEditorPage() {
  return <FairAdminFrame titleKey="adminFairs.tabs.programme">{(fair) => <ProgrammeEditor fair={fair} />}</FairAdminFrame>;
}

function ProgrammeEditor({ fair }: { fair: Fair }) {
  const { t } = useTranslation();
  const programme = useApiGet<{ items: ProgrammeItem[] }>(`/api/fairs/${fair.slug}/programme`);
  const days = fairDays(fair.startsOn, fair.endsOn);
  const [day, setDay] = useState(days[0] ?? fair.startsOn);
  const [start, setStart] = useState('19:00');
  const [end, setEnd] = useState('20:00');
  const [stage, setStage] = useState(t('adminFairs.programme.defaultStage'));
  const [kind, setKind] = useState<ProgrammeKind>('performance');
  const [titleVi, setTitleVi] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    if (!TIME.test(start) || !TIME.test(end)) return setProblem(t('adminFairs.form.badTime'));
    if (end <= start) return setProblem(t('errors.bad_times'));
    if (!titleVi.trim() || !titleEn.trim()) return setProblem(t('adminFairs.programme.titleRequired'));
    setProblem(null);
    const body: ProgrammeItemInput = {
      kind,
      stage: stage.trim() || undefined,
      startsAt: `${day}T${start}:00+07:00`,
      endsAt: `${day}T${end}:00+07:00`,
      title: { vi: titleVi.trim(), en: titleEn.trim() },
    };
    try {
      await api.post<ProgrammeItem>(`/api/fairs/${fair.slug}/programme`, body);
      setDone(t('adminFairs.programme.added', { title: titleVi.trim() }));
      setTitleVi('');
      setTitleEn('');
      programme.reload();
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  };

  const remove = async (item: ProgrammeItem) => {
    setBusyId(item.id);
    try {
      await api.delete<void>(`/api/fairs/${fair.slug}/programme/${item.id}`);
      programme.reload();
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      <form className="form form-section" onSubmit={(event) => void submit(event)} aria-label={t('adminFairs.programme.add')}>
        <h2>{t('adminFairs.programme.add')}</h2>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="item-day">{t('adminFairs.dashboard.day')}</label>
            <select id="item-day" value={day} onChange={(event) => setDay(event.target.value)}>
              {days.map((d) => (
                <option key={d} value={d}>
                  {formatDate(d)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="item-start">{t('adminFairs.programme.start')}</label>
            <input id="item-start" value={start} onChange={(event) => setStart(event.target.value)} placeholder="HH:mm" />
          </div>
          <div className="field">
            <label htmlFor="item-end">{t('adminFairs.programme.end')}</label>
            <input id="item-end" value={end} onChange={(event) => setEnd(event.target.value)} placeholder="HH:mm" />
          </div>
          <div className="field">
            <label htmlFor="item-stage">{t('adminFairs.programme.stage')}</label>
            <input id="item-stage" value={stage} onChange={(event) => setStage(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="item-kind">{t('adminFairs.programme.kind')}</label>
            <select id="item-kind" value={kind} onChange={(event) => setKind(event.target.value as ProgrammeKind)}>
              {PROGRAMME_KIND_CODES.map((k) => (
                <option key={k} value={k}>
                  {t(`fairs.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="item-title-vi">{t('adminFairs.programme.titleVi')}</label>
            <input id="item-title-vi" value={titleVi} onChange={(event) => setTitleVi(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="item-title-en">{t('adminFairs.programme.titleEn')}</label>
            <input id="item-title-en" value={titleEn} onChange={(event) => setTitleEn(event.target.value)} />
          </div>
        </div>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        {done && (
          <p className="form-success" role="status">
            {done}
          </p>
        )}
        <button type="submit" className="button button--primary">
          {t('adminFairs.programme.submit')}
        </button>
      </form>
      <h2>{t('fairs.programme.title')}</h2>
      {programme.data ? <ProgrammeList items={programme.data.items} onRemove={(item) => void remove(item)} busyId={busyId} /> : <p className="loading">{t('common.loading')}</p>}
    </>
  );
}
