import { ComingSoon } from '../../components/ComingSoon.tsx';

/** Placeholder until the module's own issue fills this folder. */
export default function MapPage() {
  return <ComingSoon labelKey="nav.map" summaryKey="modules.map.summary" />;
}
