import { useEffect, useId, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProducerDetail, ProducerList } from '../../../../modules/catalogue/contract.ts';
import { useDebounced } from '../../../components/useDebounced.ts';
import { SelectField } from '../../../kit/form/fields.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';

/**
 * Staff choose the producer of a new product (field `producerId` of the form it is in): search by
 * name, then pick from the matches. A search that finds exactly one producer chooses it.
 */
export function ProducerPicker() {
  const { t } = useTranslation();
  const id = useId();
  const { watch, setValue } = useFormContext<{ producerId: string }>();
  const value = watch('producerId');
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const matches = useApiQuery<ProducerList>('/api/producers', { q, pageSize: 30 }, { keepPrevious: true });
  const selected = useApiQuery<ProducerDetail>(value ? `/api/producers/${encodeURIComponent(value)}` : null);
  const found = matches.data?.items ?? [];
  const selectedName = selected.data?.id === value ? selected.data.name : null;
  const options = [
    ...(selectedName && !found.some((producer) => producer.id === value) ? [{ value, label: selectedName }] : []),
    ...found.map((producer) => ({ value: producer.id, label: `${producer.name} — ${producer.province}` })),
  ];

  const only = q && found.length === 1 ? found[0]?.id : undefined;
  useEffect(() => {
    if (!value && only) setValue('producerId', only, { shouldDirty: true });
  }, [value, only, setValue]);

  return (
    <fieldset className="producer-picker">
      <legend>{t('admin.products.producer')}</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('admin.products.findProducer')}</label>
          <input id={`${id}-search`} type="search" value={text} autoComplete="off" onChange={(event) => setText(event.target.value)} />
        </div>
        <SelectField id={`${id}-select`} name="producerId" label={t('admin.products.producer')} required options={options} placeholder={t('admin.products.chooseProducer')} />
      </div>
    </fieldset>
  );
}
