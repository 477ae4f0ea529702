import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Project, ProjectInput } from '../../../../modules/programme/contract.ts';
import { BUDGET_SOURCES, MILESTONE_STAGES, PROJECT_STATUSES, type MilestoneStage } from '../../../../modules/programme/domain.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatVnd } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { FileUploadField } from '../../../kit/files/FileUploadField.tsx';
import { CheckboxField, LocalizedFields, SelectField, SubmitButton, TextField } from '../../../kit/form/fields.tsx';
import { KitForm } from '../../../kit/form/KitForm.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import '../programme.css';

type Line = { label: { vi: string; en: string }; source: string; plannedVnd: string; spentVnd: string };
type Values = {
  title: { vi: string; en: string }; description: { vi: string; en: string }; owner: string; partners: string; status: string;
  startsOn: string; endsOn: string; milestones: Record<MilestoneStage, { dueOn: string; doneOn: string; note: string }>;
  budgetLines: Line[]; documents: string[]; published: boolean; pointId: string | null;
};

function toValues(p: Project | null): Values {
  const stage = (s: MilestoneStage) => p?.milestones.find((m) => m.stage === s);
  return {
    title: p?.title ?? { vi: '', en: '' }, description: p?.description ?? { vi: '', en: '' }, owner: p?.owner ?? '', partners: (p?.partners ?? []).join('\n'),
    status: p?.status ?? 'planned', startsOn: p?.startsOn ?? '', endsOn: p?.endsOn ?? '',
    milestones: Object.fromEntries(MILESTONE_STAGES.map((s) => [s, { dueOn: stage(s)?.dueOn ?? '', doneOn: stage(s)?.doneOn ?? '', note: stage(s)?.note ?? '' }])) as Values['milestones'],
    budgetLines: (p?.budgetLines ?? []).map((l) => ({ label: l.label, source: l.source, plannedVnd: String(l.plannedVnd), spentVnd: String(l.spentVnd) })),
    documents: p?.documents ?? [], published: p?.published ?? false, pointId: p?.pointId ?? null,
  };
}

function toBody(v: Values): ProjectInput {
  return {
    title: v.title, description: v.description, owner: v.owner, partners: v.partners.split('\n').map((s) => s.trim()).filter(Boolean),
    status: v.status as ProjectInput['status'], startsOn: v.startsOn, endsOn: v.endsOn, pointId: v.pointId,
    milestones: MILESTONE_STAGES.filter((s) => v.milestones[s].dueOn).map((s) => ({ stage: s, dueOn: v.milestones[s].dueOn, doneOn: v.milestones[s].doneOn || null, note: v.milestones[s].note })),
    budgetLines: v.budgetLines.map((l) => ({ label: l.label, source: l.source as ProjectInput['budgetLines'][number]['source'], plannedVnd: Number(l.plannedVnd), spentVnd: Number(l.spentVnd || 0) })),
    documents: v.documents, published: v.published,
  };
}

/** `/admin/programme/projects/new` and `/:id`: a project with its milestones, budget lines and documents. */
export default function ProjectEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  usePageTitle(id ? t('programme.project.edit') : t('programme.admin.newProject'));
  const project = useApiQuery<Project>(id ? `/api/programme/projects/${id}` : null);
  return (
    <section className="page programme" aria-labelledby="form-title">
      <h1 id="form-title">{id ? t('programme.project.edit') : t('programme.admin.newProject')}</h1>
      {id ? <QueryView query={project}>{(data) => <ProjectForm project={data} />}</QueryView> : <ProjectForm project={null} />}
    </section>
  );
}

function ProjectForm({ project }: { project: Project | null }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const navigate = useNavigate();
  const form = useForm<Values>({ defaultValues: toValues(project) });
  const lines = useFieldArray({ control: form.control, name: 'budgetLines' });
  const create = useApiMutation<{ id: string }, ProjectInput>({ method: 'POST', path: '/api/programme/projects' });
  const update = useApiMutation<null, ProjectInput>({ method: 'PUT', path: `/api/programme/projects/${project?.id ?? ''}` });
  const documents = form.watch('documents');
  const planned = form.watch('budgetLines').reduce((s, l) => s + (Number(l.plannedVnd) || 0), 0);
  const statusOptions = PROJECT_STATUSES.map((v) => ({ value: v, label: t(`programme.statuses.${v}`) }));
  const sourceOptions = BUDGET_SOURCES.map((v) => ({ value: v, label: t(`programme.sources.${v}`) }));
  return (
    <KitForm
      form={form}
      onSubmit={async (values) => {
        if (!project) return create.mutateAsync(toBody(values));
        await update.mutateAsync(toBody(values));
        return { id: project.id };
      }}
      onSaved={(saved) => { if (!project) navigate(`/admin/programme/projects/${saved.id}`); }}
      successMessage={t('programme.project.saved')}
      codeFields={{ bad_dates: 'endsOn' }}
      aria-labelledby="form-title"
    >
      {project && <p className="muted">{pick(project.title)} · <a href={`/programme/projects/${project.slug}`}>{t('programme.project.publicPage')}</a></p>}
      <LocalizedFields name="title" legend={t('programme.project.title')} required maxLength={300} />
      <LocalizedFields name="description" legend={t('programme.project.description')} rows={4} maxLength={5000} />
      <div className="form-grid">
        <TextField name="owner" label={t('programme.project.owner')} required maxLength={300} />
        <SelectField name="status" label={t('programme.columns.status')} options={statusOptions} required />
        <TextField name="startsOn" type="date" label={t('programme.project.startsOn')} required />
        <TextField name="endsOn" type="date" label={t('programme.project.endsOn')} required />
      </div>
      <TextField name="partners" rows={3} label={t('programme.project.partners')} hint={t('programme.project.partnersHint')} />
      <fieldset>
        <legend>{t('programme.project.milestones')}</legend>
        {MILESTONE_STAGES.map((stage) => (
          <div key={stage} className="form-grid programme__milestone">
            <strong>{t(`programme.stages.${stage}`)}</strong>
            <TextField name={`milestones.${stage}.dueOn`} type="date" label={t('programme.project.dueOn')} />
            <TextField name={`milestones.${stage}.doneOn`} type="date" label={t('programme.project.doneOn')} />
            <TextField name={`milestones.${stage}.note`} label={t('programme.project.note')} maxLength={1000} />
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('programme.project.budget')} · {formatVnd(planned)}</legend>
        {lines.fields.map((field, i) => (
          <div key={field.id} className="programme__line">
            <LocalizedFields name={`budgetLines.${i}.label`} legend={t('programme.project.line', { n: i + 1 })} required maxLength={300} />
            <div className="form-grid">
              <SelectField name={`budgetLines.${i}.source`} label={t('programme.project.source')} options={sourceOptions} required />
              <TextField name={`budgetLines.${i}.plannedVnd`} type="number" inputMode="numeric" label={t('programme.project.planned')} required min={0} />
              <TextField name={`budgetLines.${i}.spentVnd`} type="number" inputMode="numeric" label={t('programme.project.spent')} min={0} />
            </div>
            <button type="button" className="button" onClick={() => lines.remove(i)}>{t('programme.project.removeLine')}</button>
          </div>
        ))}
        <button type="button" className="button" onClick={() => lines.append({ label: { vi: '', en: '' }, source: 'city', plannedVnd: '', spentVnd: '0' })}>{t('programme.project.addLine')}</button>
      </fieldset>
      <FileUploadField label={t('programme.project.documents')} value={documents} onChange={(v) => form.setValue('documents', v, { shouldDirty: true })} purpose="programme-project" accept="application/pdf,image/jpeg,image/png" max={50} />
      <CheckboxField name="published" label={t('programme.project.published')} />
      <SubmitButton>{t('programme.project.save')}</SubmitButton>
    </KitForm>
  );
}
