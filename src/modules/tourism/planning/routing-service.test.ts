import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { routingServiceMinutes } from './travel-times.ts';

// A fake OSRM/Valhalla-compatible `table` service on a local port: it records what it is asked
// and answers as told (durations in seconds, an error, nonsense, or too late).
type Behaviour = 'ok' | 'error' | 'nonsense' | 'short' | 'slow';
let behaviour: Behaviour = 'ok';
let asked: string[] = [];
let server: Server;
let base: string;
let t: TestApp;
const SECONDS = 600;

beforeAll(async () => {
  server = createServer((request, response) => {
    asked.push(request.url ?? '');
    const match = /^\/table\/v1\/(driving|foot)\/([^?]+)\?annotations=duration$/.exec(request.url ?? '');
    const count = match ? match[2]!.split(';').length : 0;
    if (behaviour === 'slow') return void setTimeout(() => response.end('{}'), 400);
    if (!match || behaviour === 'error') return void response.writeHead(500).end('{"code":"Error"}');
    response.setHeader('content-type', 'application/json');
    if (behaviour === 'nonsense') return void response.end('{"code":"Ok","durations":"soon"}');
    const size = behaviour === 'short' ? count - 1 : count;
    response.end(JSON.stringify({ code: 'Ok', durations: Array.from({ length: size }, (_, i) => Array.from({ length: count }, (_, j) => (i === j ? 0 : SECONDS))) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  t = await createTestApp();
  const allWeek = Array.from({ length: 7 }, () => [{ opens: '08:00', closes: '17:00' }]);
  for (const [name, latitude, longitude] of [['Lò gốm cổ', 20.975, 105.912], ['Chợ gốm', 20.977, 105.914]] as const) {
    const created = await t.request('organizer', { method: 'POST', url: '/api/tourism/sites', payload: { name: { vi: name, en: name }, kind: 'workshop', themes: ['lacquer'], latitude, longitude, weeklyHours: allWeek, visitMinutes: 30 } });
    expect(created.statusCode, created.body).toBe(201);
  }
});
afterAll(async () => {
  delete process.env.ROUTING_URL;
  await t.close();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  behaviour = 'ok';
  asked = [];
});

const points = [{ latitude: 21.0285, longitude: 105.8542 }, { latitude: 20.975, longitude: 105.912 }, { latitude: 20.977, longitude: 105.914 }];

describe('travel times from an OSRM-compatible routing service', () => {
  it('asks the table service with lon,lat pairs and the mode profile, and turns seconds into whole minutes', async () => {
    expect(await routingServiceMinutes(base, points, 'car')).toEqual([[0, 10, 10], [10, 0, 10], [10, 10, 0]]);
    expect(asked[0]).toBe('/table/v1/driving/105.854200,21.028500;105.912000,20.975000;105.914000,20.977000?annotations=duration');
    // A motorbike: the car profile stretched by 15 %, rounded up.
    expect((await routingServiceMinutes(base, points, 'motorbike'))?.[0]?.[1]).toBe(12);
    await routingServiceMinutes(base, points, 'walking');
    expect(asked.at(-1)).toMatch(/^\/table\/v1\/foot\//);
  });

  it('answers null on an error, nonsense, a matrix of the wrong size or a timeout', async () => {
    for (const b of ['error', 'nonsense', 'short'] as const) {
      behaviour = b;
      expect(await routingServiceMinutes(base, points, 'car'), b).toBeNull();
    }
    behaviour = 'slow';
    expect(await routingServiceMinutes(base, points, 'car', 100)).toBeNull();
  });

  it('the planner uses it when ROUTING_URL is set, and falls back to straight lines when it fails', async () => {
    process.env.ROUTING_URL = base;
    const plan = () => t.request(null, { method: 'POST', url: '/api/tourism/plan', payload: { theme: 'lacquer', start: points[0], date: '2030-06-03', startTime: '08:00', endTime: '12:00', mode: 'car' } });
    const served = (await plan()).json();
    expect(served).toMatchObject({ feasible: true, travel: 'routing-service' });
    expect(served.stops.map((s: { travelMinutes: number }) => s.travelMinutes)).toEqual([10, 10]);
    expect(served.back).toBe('09:30');
    expect(asked).toHaveLength(1);
    behaviour = 'error';
    const fallback = (await plan()).json();
    expect(fallback).toMatchObject({ feasible: true, travel: 'straight-line' });
    expect(fallback.stops[0].travelMinutes).not.toBe(10);
  });
});
