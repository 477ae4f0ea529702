import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Project } from '../../../modules/programme/contract.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate, formatVnd } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import './programme.css';

/** `/programme/projects/:slug`: a published project (the design centre) for the public. */
export default function ProjectPage() {
  const { slug = '' } = useParams();
  const project = useApiQuery<Project>(`/api/programme/projects/${encodeURIComponent(slug)}`);
  return <QueryView query={project}>{(data) => <ProjectView project={data} />}</QueryView>;
}

function ProjectView({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  usePageTitle(pick(project.title));
  return (
    <article className="page programme" aria-labelledby="page-title">
      <h1 id="page-title">{pick(project.title)}</h1>
      <p className="lead">{pick(project.description)}</p>
      <dl className="programme__facts">
        <dt>{t('programme.project.owner')}</dt><dd>{project.owner}</dd>
        {project.partners.length > 0 && <><dt>{t('programme.project.partnersTitle')}</dt><dd>{project.partners.join(', ')}</dd></>}
        <dt>{t('programme.columns.status')}</dt><dd>{t(`programme.statuses.${project.status}`)}</dd>
        <dt>{t('programme.columns.dates')}</dt><dd>{formatDate(project.startsOn)} – {formatDate(project.endsOn)}</dd>
        <dt>{t('programme.project.budget')}</dt><dd>{formatVnd(project.budget.plannedVnd)}</dd>
      </dl>
      <h2>{t('programme.project.milestones')}</h2>
      <ol className="programme__timeline">
        {project.milestones.map((m) => (
          <li key={m.stage} className={m.doneOn ? 'is-done' : m.late ? 'is-late' : undefined}>
            <strong>{t(`programme.stages.${m.stage}`)}</strong>{' '}
            {m.doneOn ? t('programme.project.doneOnDate', { date: formatDate(m.doneOn) }) : t('programme.project.dueOnDate', { date: formatDate(m.dueOn) })}
          </li>
        ))}
      </ol>
    </article>
  );
}
