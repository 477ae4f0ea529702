import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Conference, MeetingInput, Participants } from '../../../../modules/trade/contract.ts';
import { formatDate } from '../../../format.ts';
import { CheckboxField, SelectField, SubmitButton, TextField } from '../../../kit/form/fields.tsx';
import { KitForm } from '../../../kit/form/KitForm.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';

interface Values { producerEntryId: string; buyerEntryId: string; slot: string; tableCode: string; locked: boolean }
const EMPTY: Values = { producerEntryId: '', buyerEntryId: '', slot: '', tableCode: '', locked: true };
const TABLE = /^[A-Z0-9][A-Z0-9-]{0,11}$/;

export const slotLabel = (s: { day: string; startsAt: string; endsAt: string }) => `${formatDate(s.day)} ${s.startsAt}–${s.endsAt}`;

/**
 * The organizer places a meeting by hand: a producer and a buyer of the conference, a slot, and
 * the table (the buyer's own or a shared one when left empty); locked by default, so the
 * scheduler keeps it. A taken slot or table comes back on its field.
 */
export function MeetingForm({ conference, participants }: { conference: Conference; participants: Participants }) {
  const { t } = useTranslation();
  const form = useForm<Values>({ defaultValues: EMPTY });
  const base = `/api/conferences/${conference.slug}`;
  const create = useApiMutation<{ id: string }, MeetingInput>({ path: `${base}/meetings`, invalidates: [base] });
  return (
    <KitForm
      form={form}
      guard={false}
      aria-label={t('conferences.meetingForm.title')}
      onSubmit={(v) => create.mutateAsync({
        producerEntryId: v.producerEntryId, buyerEntryId: v.buyerEntryId, slot: Number(v.slot), locked: v.locked,
        ...(v.tableCode.trim() ? { tableCode: v.tableCode.trim().toUpperCase() } : {}),
      })}
      onSaved={() => form.reset(EMPTY)}
      successMessage={t('conferences.meetingForm.created')}
      codeFields={{ slot_taken: 'slot', not_available: 'slot', bad_slot: 'slot', bad_pair: 'buyerEntryId' }}
    >
      <div className="form-grid">
        <SelectField id="meeting-producer" name="producerEntryId" label={t('conferences.workspace.producer')} required placeholder={t('conferences.form.choose')}
          options={participants.producers.map((p) => ({ value: p.id, label: p.name }))} />
        <SelectField id="meeting-buyer" name="buyerEntryId" label={t('conferences.workspace.buyer')} required placeholder={t('conferences.form.choose')}
          options={participants.buyers.map((b) => ({ value: b.id, label: b.tableCode ? `${b.organisation.name} (${b.tableCode})` : b.organisation.name }))} />
        <SelectField id="meeting-slot" name="slot" label={t('conferences.meetingForm.slot')} required placeholder={t('conferences.form.choose')}
          options={conference.slots.map((s) => ({ value: String(s.slot), label: slotLabel(s) }))} />
        <TextField id="meeting-table" name="tableCode" label={t('conferences.workspace.table')} hint={t('conferences.meetingForm.tableHint')} maxLength={12}
          validate={(value) => !String(value ?? '').trim() || TABLE.test(String(value).trim().toUpperCase()) || t('conferences.meetingForm.badTable')} />
      </div>
      <CheckboxField id="meeting-locked" name="locked" label={t('conferences.meetingForm.locked')} hint={t('conferences.meetingForm.lockedHint')} />
      <p className="actions"><SubmitButton>{t('conferences.meetingForm.submit')}</SubmitButton></p>
    </KitForm>
  );
}
