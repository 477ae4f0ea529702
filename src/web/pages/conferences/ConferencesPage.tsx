import { ComingSoon } from '../../components/ComingSoon.tsx';

/** Placeholder until the module's own issue fills this folder. */
export default function ConferencesPage() {
  return <ComingSoon labelKey="nav.conferences" summaryKey="modules.conferences.summary" />;
}
