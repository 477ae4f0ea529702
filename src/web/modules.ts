// The public modules of the platform, in navigation order. Each one has its own folder in
// src/web/pages/<folder>/ that the module's issue fills in.
export interface PublicModule {
  path: string;
  labelKey: string;
  summaryKey: string;
}

export const PUBLIC_MODULES: readonly PublicModule[] = [
  { path: '/catalogue', labelKey: 'nav.catalogue', summaryKey: 'modules.catalogue.summary' },
  { path: '/fairs', labelKey: 'nav.fairs', summaryKey: 'modules.fairs.summary' },
  { path: '/points-of-sale', labelKey: 'nav.pointsOfSale', summaryKey: 'modules.pointsOfSale.summary' },
  { path: '/conferences', labelKey: 'nav.conferences', summaryKey: 'modules.conferences.summary' },
  { path: '/training', labelKey: 'nav.training', summaryKey: 'modules.training.summary' },
  { path: '/map', labelKey: 'nav.map', summaryKey: 'modules.map.summary' },
];
