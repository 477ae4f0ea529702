import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { thumbnailOf, uploadFiles } from './file-urls.ts';
import './files.css';

export interface FileUploadFieldProps {
  label: string;
  hint?: string;
  /** In order: stored files as /api/files/<id>, or https URLs. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** The record kind the files are for (its rules apply at upload), e.g. 'product'. */
  purpose?: string;
  /** What the picker offers; the server judges the content anyway. */
  accept?: string;
  max?: number;
  /** Offer adding a photo by its URL (a record that keeps only stored files says false). */
  allowUrl?: boolean;
}

/**
 * Photos (or documents) of a record: pick files to upload, see them at once, reorder, remove,
 * or add a photo by its URL. Uploads wait, private to the user, until the form is saved with them.
 */
export function FileUploadField({ label, hint, value, onChange, purpose, accept = 'image/jpeg,image/png,image/webp', max = 12, allowUrl = true }: FileUploadFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [url, setUrl] = useState('');

  const pick = async (list: FileList | null) => {
    if (!list?.length) return;
    setError(null);
    setBusy(true);
    try {
      const stored = await uploadFiles([...list].slice(0, Math.max(0, max - value.length)), purpose);
      onChange([...value, ...stored.map((f) => f.url)]);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('files.uploadFailed'));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  const move = (index: number, by: number) => {
    const next = [...value];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };
  const addUrl = () => {
    if (!/^https?:\/\/\S+$/i.test(url.trim())) return setError(t('files.badUrl'));
    onChange([...value, url.trim()]);
    setUrl('');
    setError(null);
  };

  return (
    <fieldset className="file-field" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{label}</legend>
      {hint && <p id={`${id}-hint`} className="file-field__hint">{hint}</p>}
      <ul className="file-field__list">
        {value.map((item, index) => (
          <li key={item} className="file-field__item">
            <img src={thumbnailOf(item)} alt={t('files.photoNumber', { number: index + 1 })} loading="lazy" />
            <div className="file-field__actions">
              <button type="button" onClick={() => move(index, -1)} disabled={index === 0} aria-label={t('files.moveEarlier')}>←</button>
              <button type="button" onClick={() => move(index, 1)} disabled={index === value.length - 1} aria-label={t('files.moveLater')}>→</button>
              <button type="button" onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label={t('files.remove')}>✕</button>
            </div>
          </li>
        ))}
      </ul>
      {value.length < max && (
        <div className="file-field__add">
          <label className="button button--light" htmlFor={`${id}-input`}>{busy ? t('files.uploading') : t('files.choose')}</label>
          <input ref={input} id={`${id}-input`} className="file-field__input" type="file" accept={accept} multiple disabled={busy} onChange={(e) => void pick(e.target.files)} />
          {allowUrl && (
            <>
              <input type="url" inputMode="url" placeholder="https://…" aria-label={t('files.byUrl')} value={url} onChange={(e) => setUrl(e.target.value)} />
              <button type="button" className="button button--light" onClick={addUrl} disabled={!url.trim()}>{t('files.addUrl')}</button>
            </>
          )}
        </div>
      )}
      {error && <p className="file-field__error" role="alert">{error}</p>}
    </fieldset>
  );
}
