import { lazy, Suspense } from 'react';
import { Loading } from '../../components/LoadStatus.tsx';

/** A place on the map and in the list beside it. */
export interface MapPlace {
  id: string;
  lat: number;
  lng: number;
  title: string;
  /** A line under the title (what it is, the address, the dates). */
  subtitle?: string;
  /** The place's page, linked from the popup and the list. */
  href?: string;
}

export interface MarkerMapProps {
  places: readonly MapPlace[];
  /** What the map shows ("Fairs on the map"): the name of the map region. */
  label: string;
  /** The heading of the list of places. */
  listTitle: string;
  /** Said when there is nothing to show. */
  emptyText: string;
  /** A place whose marker was chosen (clicked, or "show on the map" in the list). */
  onSelect?(id: string): void;
  /** A line drawn through these points in order (a day route: start, stops, back), [lat, lng]. */
  path?: readonly (readonly [number, number])[];
}

// Leaflet and its clustering (about 50 KB compressed) load only when a map is shown.
const LeafletMap = lazy(() => import('./LeafletMap.tsx'));

/**
 * Places on a map, clustered where they crowd and fitted to show them all, with the same places
 * as a list beside it (below on a phone) for screen readers, keyboards and small screens. The
 * background tiles come from the server's settings (MAP_TILES_URL); without them the map is a
 * plain surface that still works.
 */
export function MarkerMap(props: MarkerMapProps) {
  return (
    <Suspense fallback={<Loading />}>
      <LeafletMap {...props} />
    </Suspense>
  );
}
