import { describe, expect, it } from 'vitest';
import { latestDueMonth } from '../sales/months.ts';
import { warningReasons, type PointHealth } from './early-warning-rules.ts';

const healthy: PointHealth = { openedOn: '2027-01-15', salesByMonth: { '2027-04': 90, '2027-05': 80, '2027-06': 85 }, ocopSharePercent: 80, minimumOcopSharePercent: 70, expiredProducts: [] };
const rules = (p: Partial<PointHealth>, due = '2027-06') => warningReasons({ ...healthy, ...p }, due).map((r) => r.rule);

describe('early warning', () => {
  it('a report is due by the 10th of the next month', () => {
    expect(latestDueMonth('2027-07-10')).toBe('2027-05');
    expect(latestDueMonth('2027-07-11')).toBe('2027-06');
    expect(latestDueMonth('2028-01-31')).toBe('2027-12');
  });

  it('says nothing of a healthy point', () => {
    expect(rules({})).toEqual([]);
  });

  it('warns of a missed report only for a month the point was open', () => {
    expect(rules({ salesByMonth: { '2027-05': 80 } })).toContain('missed-report');
    expect(rules({ openedOn: '2027-07-01', salesByMonth: {} })).toEqual([]);
    expect(rules({ openedOn: '2027-06-30', salesByMonth: {} })).toEqual(['missed-report']);
  });

  it('warns when sales fell two months running, not after one fall', () => {
    expect(rules({ salesByMonth: { '2027-04': 90, '2027-05': 80, '2027-06': 70 } })).toEqual(['sales-falling']);
    expect(rules({ salesByMonth: { '2027-04': 80, '2027-05': 80, '2027-06': 70 } })).toEqual([]);
  });

  it('warns of an OCOP share under the rule and of expired products, naming them', () => {
    const reasons = warningReasons({ ...healthy, ocopSharePercent: 50, expiredProducts: ['Lụa tơ tằm'] }, '2027-06');
    expect(reasons.map((r) => r.rule)).toEqual(['ocop-share-low', 'expired-products']);
    expect(reasons[1]?.message.vi).toContain('Lụa tơ tằm');
  });
});
