/** The map's layers, the planner's themes, modes and start points: values that pick a text key. */
export const LAYERS = ['craft-village', 'point-of-sale', 'design-centre', 'fair', 'tourist-site'] as const;
export const FAIR_TIMING = ['running', 'coming'] as const;
export const THEMES = ['ceramics', 'silk', 'lacquer', 'food'] as const;
export const MODES = ['motorbike', 'car', 'walking'] as const;
export const STARTS: Readonly<Record<string, { latitude: number; longitude: number }>> = {
  'hoan-kiem': { latitude: 21.0287, longitude: 105.8524 },
  'van-phuc': { latitude: 20.9797, longitude: 105.7745 },
  'bat-trang': { latitude: 20.976, longitude: 105.912 },
  'son-tay': { latitude: 21.1386, longitude: 105.5057 },
};
