import L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { mapSettings } from './map-settings.ts';
import type { MapPlace, MarkerMapProps } from './MarkerMap.tsx';
import './map.css';


/** Where the map starts without places: central Hanoi. */
const HANOI: L.LatLngTuple = [21.0285, 105.8542];

const PIN = L.divIcon({
  className: 'map-pin',
  html: '<span class="map-pin__head"></span>',
  iconSize: [28, 36],
  iconAnchor: [14, 34],
  popupAnchor: [0, -30],
});

/**
 * Places on a Leaflet map, clustered where they crowd, fitted to show them all, with the same
 * places as a list beside it (below on a phone): the list is the way for screen readers and
 * keyboards, and "show on the map" opens the place's popup. The background tiles come from the
 * server's settings; without them the map is a plain surface that still works.
 */
export default function LeafletMap({ places, label, listTitle, emptyText, onSelect, path }: MarkerMapProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useMemo(() => mapSettings(), []);
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const clusterRef = useRef<L.MarkerClusterGroup | null>(null);
  const markersRef = useRef(new Map<string, L.Marker>());
  const onSelectRef = useRef(onSelect);
  const hintId = useId();
  const listId = useId();

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = L.map(container, { attributionControl: settings.tilesUrl !== null, scrollWheelZoom: false, keyboard: true, minZoom: 3, maxZoom: 19 });
    if (settings.tilesUrl) {
      L.tileLayer(settings.tilesUrl, { attribution: settings.attribution, maxZoom: 19 }).addTo(map);
      map.attributionControl.setPrefix(false);
    }
    const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 48, spiderfyOnMaxZoom: true });
    cluster.addTo(map);
    mapRef.current = map;
    clusterRef.current = cluster;
    return () => {
      map.remove();
      mapRef.current = null;
      clusterRef.current = null;
    };
  }, [settings]);

  useEffect(() => {
    const map = mapRef.current;
    const cluster = clusterRef.current;
    if (!map || !cluster) return;
    cluster.clearLayers();
    markersRef.current.clear();
    const markers = places.map((place) => {
      const marker = L.marker([place.lat, place.lng], { icon: PIN, title: place.title, alt: place.title, keyboard: true });
      marker.bindPopup(() => popupContent(place, t('kit.map.open'), navigate));
      marker.on('click', () => onSelectRef.current?.(place.id));
      markersRef.current.set(place.id, marker);
      return marker;
    });
    cluster.addLayers(markers);
    if (places.length === 0) map.setView(HANOI, 11);
    else map.fitBounds(L.latLngBounds(places.map((place) => [place.lat, place.lng] as L.LatLngTuple)), { padding: [32, 32], maxZoom: 16 });
  }, [places, navigate, t]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !path || path.length < 2) return;
    const line = L.polyline(path.map(([lat, lng]) => [lat, lng] as L.LatLngTuple), { className: 'marker-map__path', color: '#a8262b', weight: 4, opacity: 0.8 }).addTo(map);
    map.fitBounds(line.getBounds(), { padding: [32, 32], maxZoom: 16 });
    return () => {
      line.remove();
    };
  }, [path]);

  const showOnMap = (place: MapPlace) => {
    const marker = markersRef.current.get(place.id);
    const cluster = clusterRef.current;
    if (!marker || !cluster) return;
    containerRef.current?.scrollIntoView({ block: 'nearest' });
    cluster.zoomToShowLayer(marker, () => {
      marker.openPopup();
      marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.map-popup')?.focus();
    });
    onSelectRef.current?.(place.id);
  };

  return (
    <div className={settings.tilesUrl ? 'marker-map' : 'marker-map marker-map--plain'}>
      <div className="marker-map__map" ref={containerRef} role="region" aria-label={label} aria-describedby={hintId} />
      <p id={hintId} className="visually-hidden">
        {t('kit.map.keyboardHint')}
      </p>
      <div className="marker-map__list">
        <p className="marker-map__list-title" id={listId}>
          {listTitle} <span className="muted">({t('kit.map.count', { count: places.length })})</span>
        </p>
        {places.length === 0 ? (
          <p className="empty-state" role="status">
            {emptyText}
          </p>
        ) : (
          <ol aria-labelledby={listId}>
            {places.map((place) => (
              <li key={place.id}>
                <span className="marker-map__place">{place.href ? <Link to={place.href}>{place.title}</Link> : place.title}</span>
                {place.subtitle && <span className="muted marker-map__sub">{place.subtitle}</span>}
                <button type="button" className="button button--small button--secondary" onClick={() => showOnMap(place)} aria-label={t('kit.map.showNamed', { name: place.title })}>
                  {t('kit.map.show')}
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

/** The popup of a place, built as DOM (texts set as text, never as HTML); its link stays in the app. */
function popupContent(place: MapPlace, openLabel: string, navigate: (to: string) => void): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-popup';
  box.tabIndex = -1;
  const title = document.createElement('strong');
  title.textContent = place.title;
  box.append(title);
  if (place.subtitle) {
    const sub = document.createElement('span');
    sub.textContent = place.subtitle;
    box.append(sub);
  }
  if (place.href) {
    const link = document.createElement('a');
    link.href = place.href;
    link.textContent = openLabel;
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(place.href as string);
    });
    box.append(link);
  }
  return box;
}
