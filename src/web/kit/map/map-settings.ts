// Where the map's background comes from: the server says so in <meta name="ocop-map"> (from
// MAP_TILES_URL and MAP_TILES_ATTRIBUTION, src/server/web-app.ts). Without it the map has a
// plain background and still shows its markers: nothing is fetched from outside.

export interface MapSettings {
  /** A tile URL template ({z}/{x}/{y}, optionally {s} and {r}), or null for no background. */
  tilesUrl: string | null;
  /** The tiles' attribution (HTML from the operator's configuration), shown on the map. */
  attribution: string;
}

export const NO_TILES: MapSettings = { tilesUrl: null, attribution: '' };

/** Reads the settings the server put in the page; anything missing or malformed means no tiles. */
export function parseMapSettings(content: string | null | undefined): MapSettings {
  if (!content) return NO_TILES;
  try {
    const value = JSON.parse(content) as { tilesUrl?: unknown; attribution?: unknown };
    const tilesUrl = typeof value.tilesUrl === 'string' && /^https?:\/\/|^\//.test(value.tilesUrl) && value.tilesUrl.includes('{z}') ? value.tilesUrl : null;
    return { tilesUrl, attribution: tilesUrl && typeof value.attribution === 'string' ? value.attribution : '' };
  } catch {
    return NO_TILES;
  }
}

export function mapSettings(doc: Document | undefined = globalThis.document): MapSettings {
  return parseMapSettings(doc?.querySelector<HTMLMetaElement>('meta[name="ocop-map"]')?.content);
}
