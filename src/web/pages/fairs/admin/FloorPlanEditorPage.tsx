import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fair, FloorPlanStall, GenerateStreetInput, PlanDraft, StallUpdate } from '../../../../modules/fairs/contract.ts';
import { EXHIBITOR_ZONES, SERVICE_LABELS, SERVICES, ZONE_LABELS, ZONES, type ExhibitorZone, type Service, type Zone } from '../../../../modules/fairs/zones.ts';
import { api } from '../../../api/client.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { useConfirm } from '../../../kit/dialog/useConfirm.tsx';
import { FloorPlan } from '../shared/FloorPlan.tsx';
import { FairAdminFrame } from './FairAdminFrame.tsx';

const STEP = 0.5;
const DEFAULT_SHARES: Record<ExhibitorZone, string> = {
  'northern-mountains': '25',
  'red-river-delta': '25',
  'central-highlands': '20',
  'southern-delta': '20',
  foreign: '0',
  food: '10',
};

export default function FloorPlanEditorPage() {
  return <FairAdminFrame titleKey="adminFairs.tabs.plan">{(fair) => <Editor fair={fair} />}</FairAdminFrame>;
}

function Editor({ fair }: { fair: Fair }) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const draftPath = `/api/fairs/${fair.slug}/floor-plan/draft`;
  // The editor works on the draft (bản nháp): visitors see the plan only once it is published.
  const plan = useApiGet<PlanDraft>(draftPath);
  const [stalls, setStalls] = useState<FloorPlanStall[]>([]);
  const [draft, setDraft] = useState<Pick<PlanDraft, 'edits' | 'changed'>>({ edits: [], changed: [] });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // The latest positions, read by quick successive key presses before React re-renders.
  const latest = useRef<FloorPlanStall[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const show = (next: PlanDraft) => {
    latest.current = next.stalls;
    setStalls(next.stalls);
    setDraft({ edits: next.edits, changed: next.changed });
  };
  useEffect(() => {
    if (plan.data) show(plan.data);
  }, [plan.data]);
  const selected = stalls.find((s) => s.id === selectedId) ?? null;

  const save = async (stall: FloorPlanStall, change: StallUpdate) => {
    latest.current = latest.current.map((s) => (s.id === stall.id ? { ...s, ...change } : s));
    setStalls(latest.current);
    // Saved one after another, so that the last move is the one kept.
    queue.current = queue.current.then(async () => {
      try {
        const next = await api.patch<PlanDraft>(`${draftPath}/stalls/${stall.id}`, change);
        setDraft({ edits: next.edits, changed: next.changed });
        setMessage({ kind: 'ok', text: t('adminFairs.plan.stallDrafted', { code: stall.code }) });
      } catch (error) {
        setMessage({ kind: 'error', text: errorMessage(t, error) });
        plan.reload();
      }
    });
    await queue.current;
  };

  /** The draft's own actions, after any move still being saved. */
  const act = async (run: () => Promise<string | null>) => {
    setBusy(true);
    try {
      await queue.current;
      const text = await run();
      if (text !== null) setMessage({ kind: 'ok', text });
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(t, error) });
    } finally {
      setBusy(false);
    }
  };
  const undo = () => act(async () => {
    if (draft.edits.length === 0) return null;
    show(await api.post<PlanDraft>(`${draftPath}/undo`));
    return t('adminFairs.plan.undone');
  });
  const publish = () => act(async () => {
    const result = await api.post<{ stalls: string[] }>(`${draftPath}/publish`);
    plan.reload();
    return t('adminFairs.plan.published', { count: result.stalls.length });
  });
  const discard = () => act(async () => {
    if (!(await confirm({ title: t('adminFairs.plan.discard'), message: t('adminFairs.plan.discardConfirm'), confirmLabel: t('adminFairs.plan.discard'), tone: 'danger' }))) return null;
    await api.delete(draftPath);
    plan.reload();
    return t('adminFairs.plan.discarded');
  });

  const nudge = (stall: FloorPlanStall, event: KeyboardEvent<SVGGElement>) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, STEP], ArrowDown: [0, -STEP] };
    const move = moves[event.key];
    if (!move || stall.id !== selectedId) return;
    event.preventDefault();
    const current = latest.current.find((s) => s.id === stall.id) ?? stall;
    void save(current, { x: Math.round((current.x + move[0]) * 100) / 100, y: Math.round((current.y + move[1]) * 100) / 100 });
  };
  // Ctrl+Z (⌘Z) undoes anywhere in the editor but in a text field, which has its own undo.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey) return;
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    event.preventDefault();
    void undo();
  };

  return (
    <>
      <GenerateForm fair={fair} hasStalls={stalls.length > 0} onDone={plan.reload} />
      <section className="form-section" aria-labelledby="editor-title" onKeyDown={onKeyDown}>
        <h2 id="editor-title">{t('adminFairs.plan.editTitle')}</h2>
        <p className="muted">{t('adminFairs.plan.editHelp')}</p>
        <ImportExport fair={fair} onImported={plan.reload} />
        <div className="plan-draft-bar" role="group" aria-label={t('adminFairs.plan.draftTools')}>
          <p className="plan-draft-bar__status" aria-live="polite">
            {draft.changed.length === 0 ? t('adminFairs.plan.draftNone') : t('adminFairs.plan.draftStatus', { count: draft.changed.length, codes: draft.changed.join(', ') })}
          </p>
          <button type="button" className="button button--secondary" onClick={() => void undo()} disabled={busy || draft.edits.length === 0} aria-keyshortcuts="Control+Z">
            {t('adminFairs.plan.undo')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void discard()} disabled={busy || draft.edits.length === 0}>
            {t('adminFairs.plan.discard')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void publish()} disabled={busy || draft.edits.length === 0}>
            {t('adminFairs.plan.publish')}
          </button>
        </div>
        {message && (
          <p className={message.kind === 'ok' ? 'form-success' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        {plan.error ? (
          <p role="alert">{errorMessage(t, plan.error)}</p>
        ) : stalls.length === 0 ? (
          <p>{t('fairs.plan.empty')}</p>
        ) : (
          <div className={`plan-layout${selected ? ' plan-layout--open' : ''}`}>
            <FloorPlan stalls={stalls} selectedId={selectedId} onSelect={(s) => setSelectedId(s.id)} onStallKeyDown={nudge} label={t('adminFairs.plan.editTitle')} initialZoom={8} />
            {selected && <StallForm key={selected.id} stall={selected} onChange={(change) => void save(selected, change)} onClose={() => setSelectedId(null)} />}
          </div>
        )}
      </section>
    </>
  );
}

function StallForm({ stall, onChange, onClose }: { stall: FloorPlanStall; onChange(change: StallUpdate): void; onClose(): void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const check = (key: 'power' | 'water' | 'blocked' | 'corner') => (
    <div className="checkbox-field">
      <input id={`stall-${key}`} type="checkbox" checked={stall[key]} onChange={(event) => onChange({ [key]: event.target.checked })} />
      <label htmlFor={`stall-${key}`}>{t(`adminFairs.plan.attr.${key}`)}</label>
    </div>
  );
  return (
    <form className="stall-panel stall-form" aria-label={t('adminFairs.plan.stallForm', { code: stall.code })} onSubmit={(event) => event.preventDefault()}>
      <div className="stall-panel__head">
        <h3>{t('fairs.plan.stallName', { code: stall.code })}</h3>
        <button type="button" className="button button--small button--secondary" onClick={onClose} aria-label={t('fairs.plan.closePanel')}>
          ✕
        </button>
      </div>
      <p className="muted">
        {t('adminFairs.plan.position', { x: stall.x, y: stall.y, width: stall.width, depth: stall.depth })}
      </p>
      {stall.exhibitor && <p>{stall.exhibitor.producerName}</p>}
      <div className="field">
        <label htmlFor="stall-zone">{t('adminFairs.plan.attr.zone')}</label>
        <select id="stall-zone" value={stall.zone} onChange={(event) => {
          const zone = event.target.value as Zone;
          // Only a service area names a service: leaving the zone drops it, entering it starts with an information desk.
          onChange(zone === 'service' ? { zone, service: stall.service ?? 'info' } : { zone, ...(stall.service ? { service: null } : {}) });
        }}>
          {ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {pick(ZONE_LABELS[zone])}
            </option>
          ))}
        </select>
      </div>
      {stall.zone === 'service' && (
        <div className="field">
          <label htmlFor="stall-service">{t('adminFairs.plan.attr.service')}</label>
          <select id="stall-service" value={stall.service ?? 'info'} onChange={(event) => onChange({ service: event.target.value as Service })}>
            {SERVICES.map((service) => (
              <option key={service} value={service}>
                {pick(SERVICE_LABELS[service])}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="stall-size">{t('adminFairs.plan.attr.sizeClass')}</label>
        <select id="stall-size" value={stall.sizeClass} onChange={(event) => onChange({ sizeClass: event.target.value as 'standard' | 'large' })}>
          <option value="standard">{t('adminFairs.plan.size.standard')}</option>
          <option value="large">{t('adminFairs.plan.size.large')}</option>
        </select>
      </div>
      {check('power')}
      {check('water')}
      {check('corner')}
      {check('blocked')}
      <p className="field__hint">{t('adminFairs.plan.nudgeHint')}</p>
    </form>
  );
}

function GenerateForm({ fair, hasStalls, onDone }: { fair: Fair; hasStalls: boolean; onDone(): void }) {
  // Open at first when the fair has no plan yet; then the user's choice, so the form (and its
  // success message) does not fold away the moment the new plan arrives.
  const [open, setOpen] = useState(!hasStalls);
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [length, setLength] = useState('240');
  const [width, setWidth] = useState('3');
  const [depth, setDepth] = useState('3');
  const [crossings, setCrossings] = useState('80, 160');
  const [stageAt, setStageAt] = useState('110');
  const [powerEvery, setPowerEvery] = useState('3');
  const [waterEvery, setWaterEvery] = useState('10');
  const [shares, setShares] = useState(DEFAULT_SHARES);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const num = (text: string) => (text.trim() === '' ? undefined : Number(text.replace(',', '.')));
    const zones = EXHIBITOR_ZONES.map((zone) => ({ zone, share: Number(shares[zone]) })).filter((z) => z.share > 0);
    const total = zones.reduce((sum, z) => sum + z.share, 0);
    const body: GenerateStreetInput = {
      lengthMetres: Number(length),
      stallWidth: num(width),
      stallDepth: num(depth),
      crossings: crossings.split(/[,;\s]+/).filter(Boolean).map(Number),
      stageAt: num(stageAt),
      zones: zones.map((z) => ({ zone: z.zone, share: z.share / total })),
      powerEvery: num(powerEvery),
      waterEvery: num(waterEvery),
    };
    if (!Number.isFinite(body.lengthMetres) || zones.length === 0 || body.crossings?.some((c) => !Number.isFinite(c))) {
      return setMessage({ kind: 'error', text: t('adminFairs.plan.badGenerate') });
    }
    if (hasStalls && !window.confirm(t('adminFairs.plan.replaceConfirm'))) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await api.post<{ stalls: number }>(`/api/fairs/${fair.slug}/floor-plan/generate`, body);
      setMessage({ kind: 'ok', text: t('adminFairs.plan.generated', { count: result.stalls }) });
      onDone();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const input = (id: string, labelKey: string, value: string, set: (v: string) => void, hintKey?: string) => (
    <div className="field">
      <label htmlFor={id}>{t(labelKey)}</label>
      <input id={id} inputMode="decimal" value={value} onChange={(event: ChangeEvent<HTMLInputElement>) => set(event.target.value)} />
      {hintKey && <p className="field__hint">{t(hintKey)}</p>}
    </div>
  );

  return (
    <details className="form-section generate-form" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2>{t('adminFairs.plan.generateTitle')}</h2>
      </summary>
      <form className="form" onSubmit={(event) => void submit(event)} aria-label={t('adminFairs.plan.generateTitle')}>
        <div className="form-grid">
          {input('gen-length', 'adminFairs.plan.length', length, setLength)}
          {input('gen-width', 'adminFairs.plan.stallWidth', width, setWidth)}
          {input('gen-depth', 'adminFairs.plan.stallDepth', depth, setDepth)}
          {input('gen-crossings', 'adminFairs.plan.crossings', crossings, setCrossings, 'adminFairs.plan.crossingsHint')}
          {input('gen-stage', 'adminFairs.plan.stageAt', stageAt, setStageAt)}
          {input('gen-power', 'adminFairs.plan.powerEvery', powerEvery, setPowerEvery)}
          {input('gen-water', 'adminFairs.plan.waterEvery', waterEvery, setWaterEvery)}
        </div>
        <fieldset>
          <legend>{t('adminFairs.plan.shares')}</legend>
          <div className="form-grid">
            {EXHIBITOR_ZONES.map((zone) => (
              <div className="field" key={zone}>
                <label htmlFor={`share-${zone}`}>{pick(ZONE_LABELS[zone])} (%)</label>
                <input id={`share-${zone}`} inputMode="numeric" value={shares[zone]} onChange={(event) => setShares((s) => ({ ...s, [zone]: event.target.value }))} />
              </div>
            ))}
          </div>
        </fieldset>
        {message && (
          <p className={message.kind === 'ok' ? 'form-success' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('adminFairs.plan.generate')}
        </button>
      </form>
    </details>
  );
}

function ImportExport({ fair, onImported }: { fair: Fair; onImported(): void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      return setMessage({ kind: 'error', text: t('adminFairs.plan.badJson') });
    }
    try {
      const result = await api.put<{ stalls: number }>(`/api/fairs/${fair.slug}/floor-plan`, parsed);
      setMessage({ kind: 'ok', text: t('adminFairs.plan.imported', { count: result.stalls }) });
      onImported();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(t, error) });
    }
  };
  return (
    <div className="export-links">
      <a className="button button--secondary" href={`/api/fairs/${fair.slug}/floor-plan/export`} download={`${fair.slug}-so-do.json`}>
        {t('adminFairs.plan.export')}
      </a>
      <label className="button button--secondary file-button">
        {t('adminFairs.plan.import')}
        <input type="file" accept="application/json,.json" className="visually-hidden" onChange={(event) => void onFile(event)} />
      </label>
      {message && (
        <p className={message.kind === 'ok' ? 'form-success' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
