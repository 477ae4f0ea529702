import { useMemo, type ReactNode } from 'react';
import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProductDetail, ProductInput } from '../../../../modules/catalogue/contract.ts';
import type { Localized } from '../../../../shared/localized.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { FileUploadField } from '../../../kit/files/FileUploadField.tsx';
import { LocalizedFields, SelectField, SubmitButton, TextField } from '../../../kit/form/fields.tsx';
import { KitForm } from '../../../kit/form/KitForm.tsx';
import { leafCategoryGroups } from '../shared/catalogue-data.ts';
import { parseVnd } from './form-parts.tsx';

export interface ProductValues {
  /** Only a new product has it (staff choose it; a producer account's own). */
  producerId: string;
  name: Localized;
  description: Localized;
  packaging: Localized;
  categoryCode: string;
  priceMin: string;
  priceMax: string;
  photos: string[];
}

export const emptyProduct = (producerId: string): ProductValues => ({
  producerId,
  name: { vi: '', en: '' },
  description: { vi: '', en: '' },
  packaging: { vi: '', en: '' },
  categoryCode: '',
  priceMin: '',
  priceMax: '',
  photos: [],
});

const typedVnd = (amount: number | null) => (amount === null ? '' : amount.toLocaleString('vi-VN'));

export function productValues(product: ProductDetail): ProductValues {
  return {
    producerId: product.producer.id,
    name: { ...product.name },
    description: { ...product.description },
    packaging: { ...product.packaging },
    categoryCode: product.categoryCode,
    priceMin: typedVnd(product.priceMinVnd),
    priceMax: typedVnd(product.priceMaxVnd),
    photos: product.photos,
  };
}

export type ProductBody = Omit<ProductInput, 'producerId'>;

const trim = (text: Localized): Localized => ({ vi: text.vi.trim(), en: text.en.trim() });
const amount = (text: string) => {
  const parsed = parseVnd(text);
  return parsed === 'invalid' ? null : parsed;
};

export function productBody(values: ProductValues): ProductBody {
  return {
    name: trim(values.name),
    description: trim(values.description),
    packaging: trim(values.packaging),
    categoryCode: values.categoryCode,
    priceMinVnd: amount(values.priceMin),
    priceMaxVnd: amount(values.priceMax),
    photos: values.photos,
  };
}

/** A product's names, category, texts, price range and photos, on the form kit. */
export function ProductForm<R>({
  initial,
  submitLabel,
  successMessage,
  producerPicker,
  onSubmit,
  onSaved,
}: {
  initial: ProductValues;
  submitLabel: string;
  successMessage?: string;
  /** The choice of producer of a new product, shown first. */
  producerPicker?: ReactNode;
  onSubmit(values: ProductValues): Promise<R>;
  onSaved?(result: R): void;
}) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const form = useForm<ProductValues>({ defaultValues: initial });
  const photos = useController({ control: form.control, name: 'photos' });
  const groups = useMemo(
    () => leafCategoryGroups(language).map((group) => ({ label: group.label, options: group.options.map((option) => ({ value: option.code, label: option.label })) })),
    [language],
  );
  const priceRule = (value: unknown) => parseVnd(String(value ?? '')) !== 'invalid' || t('admin.products.badPrice');
  const priceOrderRule = (value: unknown) => {
    const min = parseVnd(String(value ?? ''));
    const max = parseVnd(form.getValues('priceMax'));
    if (min === 'invalid') return t('admin.products.badPrice');
    return min === null || max === null || max === 'invalid' || min <= max || t('admin.products.priceOrder');
  };

  return (
    <KitForm
      form={form}
      className="form card"
      aria-label={t('admin.products.formLabel')}
      onSubmit={onSubmit}
      onSaved={(result) => onSaved?.(result)}
      successMessage={successMessage}
      codeFields={{ unknown_category: 'categoryCode', bad_price_range: 'priceMin' }}
      apiFields={{ priceMinVnd: 'priceMin', priceMaxVnd: 'priceMax' }}
      labels={{ producerId: t('admin.products.producer'), categoryCode: t('admin.products.category'), photos: t('admin.products.photos') }}
    >
      {producerPicker}
      <LocalizedFields id="product-name" name="name" legend={t('admin.products.name')} required />
      <SelectField id="product-category" name="categoryCode" label={t('admin.products.category')} required options={[]} groups={groups} placeholder={t('admin.products.chooseCategory')} />
      <LocalizedFields id="product-description" name="description" legend={t('admin.products.description')} rows={4} />
      <LocalizedFields id="product-packaging" name="packaging" legend={t('admin.products.packaging')} />
      <fieldset className="localized-fields">
        <legend>{t('admin.products.price')}</legend>
        <p className="field__hint">{t('admin.products.priceHint')}</p>
        <div className="form-grid">
          <TextField id="product-price-min" name="priceMin" label={t('admin.products.priceMin')} inputMode="numeric" validate={priceOrderRule} />
          <TextField id="product-price-max" name="priceMax" label={t('admin.products.priceMax')} inputMode="numeric" validate={priceRule} />
        </div>
      </fieldset>
      <FileUploadField label={t('admin.products.photos')} hint={t('admin.products.photosHint')} purpose="product" value={photos.field.value} onChange={photos.field.onChange} />
      <p className="actions">
        <SubmitButton>{submitLabel}</SubmitButton>
      </p>
    </KitForm>
  );
}
