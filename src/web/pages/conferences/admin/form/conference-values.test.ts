import { describe, expect, it } from 'vitest';
import type { Conference } from '../../../../../modules/trade/contract.ts';
import { conferenceBody, conferenceValues } from './conference-values.ts';

const conference = {
  id: '00000000-0000-4000-8000-000000000001', slug: 'hoi-nghi', name: { vi: 'Hội nghị', en: 'Conference' }, description: { vi: '', en: '' },
  venue: { vi: 'Cung Hữu nghị', en: 'Friendship Palace' }, venueAddress: '91 Trần Hưng Đạo', startsOn: '2027-03-10', endsOn: '2027-03-11',
  programme: [{ day: '2027-03-10', startsAt: '08:00', endsAt: '09:30', title: { vi: 'Khai mạc', en: 'Opening' } }],
  sessions: [{ day: '2027-03-11', startsAt: '13:30', slotMinutes: 20, slots: 8 }], slots: [], poolTables: 6,
  registrationOpensOn: '2027-02-01', registrationClosesOn: null, requestsCloseOn: '2027-03-08', requestExpiryHours: 72,
  status: 'draft', nextStatuses: ['registration'], producerCount: 0, buyerCount: 0,
} satisfies Conference;

describe('the conference form values', () => {
  it('shows dates day first and gives them back to the API as ISO dates, an empty window as null', () => {
    const values = conferenceValues(conference);
    expect(values).toMatchObject({ startsOn: '10/03/2027', registrationOpensOn: '01/02/2027', registrationClosesOn: '', poolTables: '6' });
    expect(values.sessions).toEqual([{ day: '11/03/2027', startsAt: '13:30', slotMinutes: '20', slots: '8' }]);
    expect(conferenceBody(values)).toEqual({
      name: conference.name, description: conference.description, venue: conference.venue, venueAddress: conference.venueAddress,
      startsOn: '2027-03-10', endsOn: '2027-03-11', poolTables: 6, registrationOpensOn: '2027-02-01', registrationClosesOn: null,
      requestsCloseOn: '2027-03-08', requestExpiryHours: 72, sessions: conference.sessions, programme: conference.programme,
    });
  });

  it('trims the texts typed and starts a new conference empty', () => {
    const values = { ...conferenceValues(null), name: { vi: ' Hội nghị ', en: ' Conference ' }, startsOn: '1/3/2027', endsOn: '02/03/2027' };
    expect(conferenceBody(values)).toMatchObject({ name: { vi: 'Hội nghị', en: 'Conference' }, startsOn: '2027-03-01', endsOn: '2027-03-02', sessions: [], programme: [], poolTables: 0 });
  });
});
