import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OpeningDetail, OpeningInput, PointDetail } from '../../../../modules/outlets/contract.ts';
import { ApiError } from '../../../api/client.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { formatDateTime } from '../../../format.ts';
import { CheckboxField, LocalizedFields, SubmitButton, TextField } from '../../../kit/form/fields.tsx';
import { KitForm } from '../../../kit/form/KitForm.tsx';
import { useConfirm } from '../../../kit/dialog/useConfirm.tsx';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { OpeningProgrammeFields } from './OpeningProgrammeFields.tsx';

const VIETNAM_MS = 7 * 3600_000;
/** An instant as a datetime-local value in Vietnam time, and back. */
const toLocal = (iso: string) => new Date(new Date(iso).getTime() + VIETNAM_MS).toISOString().slice(0, 16);
const fromLocal = (local: string) => new Date(`${local}:00+07:00`).toISOString();

interface Values { startsAt: string; endsAt: string; venue: { vi: string; en: string }; announcement: { vi: string; en: string }; programme: OpeningDetail['programme']; published: boolean }
type Guest = OpeningDetail['guests'][number];

/** The opening ceremony (lễ khai trương): when and where, its announcement, the guests and their printable invitations. */
export function OpeningSection({ point }: { point: PointDetail }) {
  const { t } = useTranslation();
  const opening = useApiQuery<OpeningDetail>(`/api/outlets/points/${point.id}/opening`);
  const missing = opening.error instanceof ApiError && opening.error.status === 404;
  return (
    <section aria-labelledby="opening-title">
      <h2 id="opening-title">{t('pointsOfSaleAdmin.opening.title')}</h2>
      {opening.isPending && <p>{t('common.loading')}</p>}
      {opening.error && !missing && <p role="alert">{errorMessage(t, opening.error)}</p>}
      {(opening.data || missing) && <CeremonyForm point={point} opening={opening.data ?? null} />}
      {opening.data && <Guests point={point} opening={opening.data} />}
    </section>
  );
}

function CeremonyForm({ point, opening }: { point: PointDetail; opening: OpeningDetail | null }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    defaultValues: {
      startsAt: opening ? toLocal(opening.startsAt) : '', endsAt: opening ? toLocal(opening.endsAt) : '',
      venue: opening ? { ...opening.venue } : { vi: '', en: '' }, announcement: opening ? { ...opening.announcement } : { vi: '', en: '' },
      programme: opening?.programme.map((item) => ({ at: item.at, title: { ...item.title } })) ?? [],
      published: opening?.published ?? false,
    },
  });
  const save = useApiMutation<void, OpeningInput>({ method: 'PUT', path: `/api/outlets/points/${point.id}/opening`, invalidates: [`/api/outlets/points/${point.id}/opening`] });
  return (
    <KitForm form={form} className="form" aria-labelledby="opening-title" successMessage={t('admin.saved')} codeFields={{ bad_times: 'endsAt' }}
      onSubmit={(v) => save.mutateAsync({ startsAt: fromLocal(v.startsAt), endsAt: fromLocal(v.endsAt), venue: v.venue, announcement: v.announcement, published: v.published,
        // An English title left empty reads as the Vietnamese one.
        programme: v.programme.map((item) => ({ at: item.at.trim(), title: { vi: item.title.vi.trim(), en: item.title.en.trim() || item.title.vi.trim() } })) })}>
      <div className="form-grid">
        <TextField id="opening-starts" name="startsAt" type="datetime-local" label={t('pointsOfSaleAdmin.opening.startsAt')} required />
        <TextField id="opening-ends" name="endsAt" type="datetime-local" label={t('pointsOfSaleAdmin.opening.endsAt')} required />
      </div>
      <LocalizedFields id="opening-venue" name="venue" legend={t('pointsOfSaleAdmin.opening.venue')} maxLength={500} />
      <LocalizedFields id="opening-announcement" name="announcement" legend={t('pointsOfSaleAdmin.opening.announcement')} rows={3} maxLength={5000} />
      <OpeningProgrammeFields />
      <CheckboxField id="opening-published" name="published" label={t('pointsOfSaleAdmin.opening.published')} />
      <p className="actions">
        <SubmitButton>{opening ? t('admin.save') : t('pointsOfSaleAdmin.opening.schedule')}</SubmitButton>
        {opening?.published && <Link to={`/points-of-sale/${point.slug}/opening`}>{t('pointsOfSaleAdmin.opening.publicPage')}</Link>}
      </p>
    </KitForm>
  );
}

/** One guest a line: "Name | title | organisation". */
function guestsOf(text: string) {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).map((line) => {
    const [name = '', title = '', organisation = ''] = line.split('|').map((p) => p.trim());
    return { name, title, organisation };
  });
}

function Guests({ point, opening }: { point: PointDetail; opening: OpeningDetail }) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const [text, setText] = useState('');
  const path = `/api/outlets/points/${point.id}/opening`;
  const invite = useApiMutation<{ ids: string[] }, { guests: ReturnType<typeof guestsOf> }>({ path: `${path}/guests`, invalidates: [path] });
  const remove = useApiMutation<void, { id: string }>({ method: 'DELETE', path: (v) => `${path}/guests/${v.id}`, body: () => undefined, invalidates: [path] });
  const columns: Column<Guest>[] = [
    { id: 'name', header: t('pointsOfSaleAdmin.opening.guestName'), cell: (g) => g.name },
    { id: 'title', header: t('pointsOfSaleAdmin.opening.guestTitle'), cell: (g) => g.title || '–' },
    { id: 'organisation', header: t('pointsOfSaleAdmin.opening.guestOrganisation'), cell: (g) => g.organisation || '–' },
    { id: 'remove', header: '', cell: (g) => (
      <button type="button" className="button button--secondary" onClick={async () => {
        if (await confirm({ title: t('pointsOfSaleAdmin.opening.uninvite'), message: t('pointsOfSaleAdmin.opening.uninviteConfirm', { name: g.name }), confirmLabel: t('pointsOfSaleAdmin.opening.uninvite'), tone: 'danger' })) remove.mutate({ id: g.id });
      }}>{t('pointsOfSaleAdmin.opening.uninvite')}</button>
    ) },
  ];
  return (
    <>
      <h3>{t('pointsOfSaleAdmin.opening.guests', { count: opening.guests.length })}</h3>
      <p className="muted">{formatDateTime(opening.startsAt)}</p>
      {opening.guests.length > 0 && (
        <>
          <DataTable caption={t('pointsOfSaleAdmin.opening.guests', { count: opening.guests.length })} columns={columns} rows={opening.guests} rowKey={(g) => g.id} />
          <p><a className="button" href={`${path}/invitations`} target="_blank" rel="noreferrer">{t('pointsOfSaleAdmin.opening.invitations')}</a></p>
        </>
      )}
      <form className="form" onSubmit={(e) => { e.preventDefault(); const guests = guestsOf(text); if (guests.length) invite.mutate({ guests }, { onSuccess: () => setText('') }); }}>
        <label htmlFor="opening-new-guests">{t('pointsOfSaleAdmin.opening.addGuests')}</label>
        <textarea id="opening-new-guests" rows={3} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="opening-new-guests-hint" />
        <p id="opening-new-guests-hint" className="field__hint">{t('pointsOfSaleAdmin.opening.addGuestsHint')}</p>
        {invite.error && <p className="form-error" role="alert">{errorMessage(t, invite.error)}</p>}
        <p className="actions"><button type="submit" className="button" disabled={invite.isPending}>{t('pointsOfSaleAdmin.opening.invite')}</button></p>
      </form>
    </>
  );
}
