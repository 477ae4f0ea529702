import { ComingSoon } from '../../components/ComingSoon.tsx';

/** Placeholder until the module's own issue fills this folder. */
export default function TrainingPage() {
  return <ComingSoon labelKey="nav.training" summaryKey="modules.training.summary" />;
}
