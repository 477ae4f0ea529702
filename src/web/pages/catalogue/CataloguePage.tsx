import { ComingSoon } from '../../components/ComingSoon.tsx';

/** Placeholder until the module's own issue fills this folder. */
export default function CataloguePage() {
  return <ComingSoon labelKey="nav.catalogue" summaryKey="modules.catalogue.summary" />;
}
