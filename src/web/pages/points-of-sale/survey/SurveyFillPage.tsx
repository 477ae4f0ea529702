import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Survey } from '../../../../modules/outlets/contract.ts';
import type { CriteriaAnswer } from '../../../../modules/outlets/criteria/definition.ts';
import { clock } from '../../../../shared/time/clock.ts';
import { apiRequest } from '../../../api/client.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { registerSurveyApp } from './register-survey-app.ts';
import { sendAllQueued } from './send-surveys.ts';
import { surveyStore, type SurveyDraft } from './survey-store.ts';
import { SurveyItemField } from './SurveyItemField.tsx';
import { useOnline } from './useOnline.ts';
import '../points-of-sale.css';

type Phase = 'loading' | 'missing' | 'editing' | 'queued' | 'sent' | 'closed';

/**
 * `/admin/points-of-sale/surveys/:id/fill`: the survey on a phone. It works without a
 * connection: the checklist is kept on the phone once opened, each answer and photo is saved
 * there as it is given, and "send" queues the survey with one submission id, sent now or when
 * the connection returns; a resend of the same id changes nothing on the server.
 */
export default function SurveyFillPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const online = useOnline();
  const [survey, setSurvey] = useState<Survey | null>(null);
  const [draft, setDraft] = useState<SurveyDraft | null>(null);
  const [phase, setPhase] = useState<Phase>('loading');
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(survey ? t('pointsOfSaleSurvey.title', { name: pick(survey.point.name) }) : t('pointsOfSaleSurvey.loading'));

  useEffect(() => { registerSurveyApp(); }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const fresh = await apiRequest<Survey>(`/api/outlets/surveys/${id}`).then(async (s) => { await surveyStore.keepSurvey(s); return s; }).catch(() => undefined);
      const known = fresh ?? (await surveyStore.survey(id));
      const queued = await surveyStore.queued(id);
      const saved = await surveyStore.draft(id);
      if (cancelled) return;
      if (!known) { setPhase('missing'); return; }
      setSurvey(known);
      setDraft(saved ?? { surveyId: id, answers: known.open ? known.answers : {}, photos: {}, position: known.position, updatedAt: clock.now().toISOString() });
      setPhase(queued ? 'queued' : known.open ? 'editing' : 'closed');
    })();
    return () => { cancelled = true; };
  }, [id]);

  // When the connection returns, whatever waits on the phone is sent.
  useEffect(() => {
    if (!online || phase !== 'queued') return;
    void sendAllQueued().then((outcomes) => {
      const mine = outcomes.find((o) => o.surveyId === id);
      if (mine?.sent) setPhase('sent');
    });
  }, [online, phase, id]);

  const change = useCallback((next: SurveyDraft) => {
    setDraft(next);
    void surveyStore.saveDraft(next);
  }, []);

  const locate = () => {
    if (!draft || !navigator.geolocation) { setMessage(t('pointsOfSaleSurvey.noGps')); return; }
    navigator.geolocation.getCurrentPosition(
      (p) => change({ ...draft, position: { latitude: p.coords.latitude, longitude: p.coords.longitude, accuracyM: Math.round(p.coords.accuracy) } }),
      () => setMessage(t('pointsOfSaleSurvey.noGps')),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const send = async () => {
    if (!draft) return;
    const entry = { surveyId: id, submissionId: crypto.randomUUID(), answers: draft.answers, photos: draft.photos, uploaded: {}, position: draft.position, answeredAt: clock.now().toISOString(), attempts: 0, lastError: null };
    await surveyStore.queue(entry);
    setPhase('queued');
    // Through the one sender, so a send racing the "online" event is still one attempt at a time.
    const outcome = (await sendAllQueued()).find((o) => o.surveyId === id);
    if (outcome?.sent) setPhase('sent');
    else if (outcome && !outcome.offline) {
      // Refused (an answer missing, the survey closed): back to the form with the answers kept.
      await surveyStore.saveDraft(draft);
      await surveyStore.sent(id);
      setMessage(outcome.error);
      setPhase('editing');
    }
  };

  if (phase === 'loading') return <section className="page"><p>{t('pointsOfSaleSurvey.loading')}</p></section>;
  if (phase === 'missing' || !survey || !draft) return <section className="page"><p role="alert">{t('pointsOfSaleSurvey.missing')}</p></section>;
  return (
    <section className="page" aria-labelledby="page-title">
      <p><Link to="/admin/points-of-sale/my-surveys">← {t('pointsOfSaleSurvey.mine')}</Link></p>
      <h1 id="page-title">{t('pointsOfSaleSurvey.title', { name: pick(survey.point.name) })}</h1>
      <p className="muted">{survey.point.address} · {pick(survey.criteria.title)} v{survey.criteria.version}</p>
      {!online && <p className="pos-offline" role="status">{t('pointsOfSaleSurvey.offline')}</p>}
      {phase === 'queued' && <p className="pos-offline" role="status" data-testid="survey-queued">{t('pointsOfSaleSurvey.queued')}</p>}
      {phase === 'sent' && <p role="status" data-testid="survey-sent">{t('pointsOfSaleSurvey.sent')}</p>}
      {phase === 'closed' && <p role="status">{t('pointsOfSaleSurvey.closed')}</p>}
      {message && <p role="alert">{message}</p>}
      {phase === 'editing' && (
        <form onSubmit={(e) => { e.preventDefault(); void send(); }}>
          <p>
            <button type="button" className="button" onClick={locate}>{t('pointsOfSaleSurvey.locate')}</button>{' '}
            <span data-testid="survey-position">{draft.position ? t('pointsOfSaleSurvey.position', { lat: draft.position.latitude.toFixed(5), lng: draft.position.longitude.toFixed(5), accuracy: draft.position.accuracyM ?? '–' }) : t('pointsOfSaleSurvey.noPosition')}</span>
          </p>
          {survey.definition.sections.map((section) => (
            <section key={section.code}>
              <h2>{pick(section.title)}</h2>
              {section.items.map((item) => (
                <SurveyItemField key={item.code} item={item} answer={draft.answers[item.code]} photos={draft.photos[item.code] ?? []}
                  onAnswer={(answer: CriteriaAnswer) => change({ ...draft, answers: { ...draft.answers, [item.code]: answer }, updatedAt: clock.now().toISOString() })}
                  onPhotos={(photos) => change({ ...draft, photos: { ...draft.photos, [item.code]: photos }, updatedAt: clock.now().toISOString() })} />
              ))}
            </section>
          ))}
          <button type="submit" className="button button--primary">{t('pointsOfSaleSurvey.send')}</button>
        </form>
      )}
    </section>
  );
}
