import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriteriaDefinition, CriteriaVersion } from '../../../../../modules/outlets/contract.ts';
import { errorMessage } from '../../../../api/error-message.ts';
import { useLocalized } from '../../../../i18n/use-localized.ts';
import { ConfirmDialog } from '../../../../kit/dialog/ConfirmDialog.tsx';
import { useConfirm } from '../../../../kit/dialog/useConfirm.tsx';
import { QueryView } from '../../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../../kit/query/useApiQuery.ts';
import { CriteriaDraftForm } from './CriteriaDraftForm.tsx';
import { DefinitionJsonEditor } from './DefinitionJsonEditor.tsx';

export const CRITERIA_LIST = '/api/outlets/criteria';

/**
 * A draft version of a set of criteria: edited as a form (sections, items, local rules, pass
 * mark) or, for what the form leaves out (bands, help texts, sources), as its JSON; checked by
 * the server on save and on publish. Publishing takes the saved draft, so it waits for a save.
 */
export function DraftEditor({ id, onDone }: { id: string; onDone(): void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const confirm = useConfirm();
  const path = `${CRITERIA_LIST}/${id}`;
  const draft = useApiQuery<CriteriaVersion>(path);
  const [mode, setMode] = useState<'form' | 'json'>('form');
  const [unsaved, setUnsaved] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const save = useApiMutation<void, { definition: CriteriaDefinition }>({ method: 'PUT', path, invalidates: [CRITERIA_LIST] });
  const publish = useApiMutation<void, Record<string, never>>({ path: `${path}/publish`, invalidates: [CRITERIA_LIST] });
  const discard = useApiMutation<void, { id: string }>({ method: 'DELETE', path, body: () => undefined, invalidates: [CRITERIA_LIST] });
  const saveDefinition = useCallback(async (definition: CriteriaDefinition) => { await save.mutateAsync({ definition }); }, [save]);
  return (
    <QueryView query={draft}>
      {(version) => (
        <section aria-labelledby="draft-title" className="card">
          <h2 id="draft-title">{t('pointsOfSaleAdmin.criteria.draftTitle', { title: pick(version.title), version: version.version })}</h2>
          <div role="group" aria-label={t('pointsOfSaleAdmin.criteria.mode')} className="actions">
            {(['form', 'json'] as const).map((choice) => (
              <button key={choice} type="button" className={choice === mode ? 'button button--primary' : 'button'} aria-pressed={choice === mode}
                disabled={unsaved && choice !== mode} onClick={() => setMode(choice)}>{t(`pointsOfSaleAdmin.criteria.modes.${choice}`)}</button>
            ))}
          </div>
          {mode === 'form'
            ? <CriteriaDraftForm key={version.id} definition={version.definition} onSave={saveDefinition} onDirtyChange={setUnsaved} />
            : <DefinitionJsonEditor definition={version.definition} onSave={saveDefinition} onDirtyChange={setUnsaved} />}
          {unsaved && <p className="field__hint">{t('pointsOfSaleAdmin.criteria.saveFirst')}</p>}
          <p className="actions">
            <button type="button" className="button button--primary" disabled={unsaved} onClick={() => setPublishing(true)}>{t('pointsOfSaleAdmin.criteria.publish')}</button>
            <button type="button" className="button button--secondary" onClick={async () => {
              if (await confirm({ title: t('pointsOfSaleAdmin.criteria.discard'), message: t('pointsOfSaleAdmin.criteria.discardConfirm'), confirmLabel: t('pointsOfSaleAdmin.criteria.discard'), tone: 'danger' })) discard.mutate({ id }, { onSuccess: onDone });
            }}>{t('pointsOfSaleAdmin.criteria.discard')}</button>
          </p>
          <ConfirmDialog open={publishing} title={t('pointsOfSaleAdmin.criteria.publish')} confirmLabel={t('pointsOfSaleAdmin.criteria.publish')}
            busy={publish.isPending} error={publish.error ? errorMessage(t, publish.error) : null} onCancel={() => setPublishing(false)}
            onConfirm={() => publish.mutate({}, { onSuccess: () => { setPublishing(false); onDone(); } })}>
            <p>{t('pointsOfSaleAdmin.criteria.publishConfirm')}</p>
          </ConfirmDialog>
        </section>
      )}
    </QueryView>
  );
}
