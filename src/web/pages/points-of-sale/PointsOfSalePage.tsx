import { ComingSoon } from '../../components/ComingSoon.tsx';

/** Placeholder until the module's own issue fills this folder. */
export default function PointsOfSalePage() {
  return <ComingSoon labelKey="nav.pointsOfSale" summaryKey="modules.pointsOfSale.summary" />;
}
