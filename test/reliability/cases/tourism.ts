// Tourism in the reliability suite: the one public map (craft villages, points of sale, fairs,
// tourist sites) under load.
import { aPoint, atStatus } from '../../support/outlet-fixtures.ts';
import type { ModuleCases } from '../support/cases.ts';

export const cases: ModuleCases = {
  load: [
    {
      name: 'public map (/api/map/places)',
      async prepare(cluster) {
        for (let i = 0; i < 10; i++) {
          const point = await aPoint(cluster.database, { latitude: 21.02 + i / 1000, longitude: 105.85 + i / 1000 });
          await atStatus(cluster.database, point.id, 'operating');
        }
        return '/api/map/places';
      },
    },
  ],
};
