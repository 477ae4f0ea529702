import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriteriaDefinition } from '../../../../../modules/outlets/contract.ts';
import { errorMessage } from '../../../../api/error-message.ts';

/** The whole definition as JSON, for what the form does not edit; the server checks it on save. */
export function DefinitionJsonEditor({ definition, onSave, onDirtyChange }: { definition: CriteriaDefinition; onSave(definition: CriteriaDefinition): Promise<void>; onDirtyChange(dirty: boolean): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(definition, null, 2));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const saveText = async () => {
    let parsed: CriteriaDefinition;
    try { parsed = JSON.parse(text) as CriteriaDefinition; } catch { setProblem(t('pointsOfSaleAdmin.criteria.badJson')); return; }
    setBusy(true);
    try {
      await onSave(parsed);
      setProblem(null);
      setSaved(true);
      onDirtyChange(false);
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <label htmlFor="criteria-definition">{t('pointsOfSaleAdmin.criteria.definition')}</label>
      <textarea id="criteria-definition" rows={20} spellCheck={false} value={text} aria-describedby="criteria-definition-hint"
        onChange={(e) => { setText(e.target.value); setSaved(false); onDirtyChange(true); }} />
      <p id="criteria-definition-hint" className="field__hint">{t('pointsOfSaleAdmin.criteria.definitionHint')}</p>
      {problem && <p className="form-error" role="alert">{problem}</p>}
      {saved && !problem && <p className="form-success" role="status">{t('admin.saved')}</p>}
      <p className="actions"><button type="button" className="button" disabled={busy} onClick={() => void saveText()}>{t('pointsOfSaleAdmin.criteria.saveDraft')}</button></p>
    </div>
  );
}
