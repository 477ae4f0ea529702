import { SITE_KINDS } from '../../../modules/tourism/domain.ts';
import { FAIR_TIMING, LAYERS, MODES, STARTS, THEMES } from './codes.ts';

export const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  'tourism.map.layers.': LAYERS,
  'tourism.map.': FAIR_TIMING,
  'tourism.planner.themes.': THEMES,
  'tourism.planner.modes.': MODES,
  'tourism.starts.': Object.keys(STARTS),
  'tourism.admin.kinds.': SITE_KINDS,
  'tourism.admin.days.': ['0', '1', '2', '3', '4', '5', '6'],
};
