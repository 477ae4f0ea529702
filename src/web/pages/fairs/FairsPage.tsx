import { ComingSoon } from '../../components/ComingSoon.tsx';

/** Placeholder until the module's own issue fills this folder. */
export default function FairsPage() {
  return <ComingSoon labelKey="nav.fairs" summaryKey="modules.fairs.summary" />;
}
