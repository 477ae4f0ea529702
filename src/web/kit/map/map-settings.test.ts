import { describe, expect, it } from 'vitest';
import { NO_TILES, parseMapSettings } from './map-settings.ts';

describe('map settings from the page', () => {
  it('takes a tile URL template and its attribution', () => {
    const content = JSON.stringify({ tilesUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© OpenStreetMap contributors' });
    expect(parseMapSettings(content)).toEqual({ tilesUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© OpenStreetMap contributors' });
    expect(parseMapSettings(JSON.stringify({ tilesUrl: '/tiles/{z}/{x}/{y}.png' })).tilesUrl).toBe('/tiles/{z}/{x}/{y}.png');
  });

  it('means no background when absent, malformed or not a template', () => {
    for (const content of [null, '', '{', JSON.stringify({}), JSON.stringify({ tilesUrl: 'javascript:alert(1)/{z}' }), JSON.stringify({ tilesUrl: 'https://tiles.example.org/map.png' })]) {
      expect(parseMapSettings(content)).toEqual(NO_TILES);
    }
  });
});
