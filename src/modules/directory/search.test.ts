import { beforeAll, describe, expect, it } from 'vitest';
import { type Client } from '../../../test/support/test-app.ts';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeOffer, makeProvider } from '../../../test/support/directory.ts';
import { findOffersByIds, searchOffers } from './index.ts';

const { t, w } = useTestApp();
let reception: Client;
const offers: Record<string, string> = {};

beforeAll(async () => {
  reception = await t.as(w.receptionistA, w.practiceA.id);
  await t.db.insertInto('directory_postcode').values([
    { postcode: 'LS6 1AA', latitude: 53.8200, longitude: -1.5800 },
    { postcode: 'LS6 2BB', latitude: 53.8250, longitude: -1.5750 },
    { postcode: 'LS1 4AP', latitude: 53.7960, longitude: -1.5470 },
    { postcode: 'LS17 9ZZ', latitude: 53.8700, longitude: -1.5300 },
  ]).onConflict((oc) => oc.column('postcode').doNothing()).execute();
  const n = w.network.id;
  const friends = await makeProvider(t.db, n, { name: 'Hyde Park Friends' });
  offers.walk = (await makeOffer(t.db, n, { organisationId: friends.id, name: 'Woodhouse Moor walking group', categories: ['physical-activity', 'loneliness'], postcode: 'LS6 1AA', weekly: [{ weekday: 2, opensAt: '10:00', closesAt: '12:00' }] })).id;
  offers.lunch = (await makeOffer(t.db, n, { organisationId: friends.id, name: 'Community lunch club', categories: ['food', 'loneliness'], postcode: 'LS1 4AP', weekly: [{ weekday: 4, opensAt: '12:00', closesAt: '14:00' }], placesAvailable: 0 })).id;
  offers.far = (await makeOffer(t.db, n, { organisationId: friends.id, name: 'Alwoodley gardening', categories: ['arts-nature'], postcode: 'LS17 9ZZ', minAge: 18, maxAge: 25 })).id;
  offers.phone = (await makeOffer(t.db, n, { organisationId: friends.id, name: 'Debt advice line', categories: ['debt-benefits'], postcode: null, lastVerifiedAt: new Date('2020-01-01T00:00:00Z') })).id;
  offers.unmapped = (await makeOffer(t.db, n, { organisationId: friends.id, name: 'Headingley chess club', categories: ['loneliness'], postcode: 'LS6 9QQ' })).id;
  offers.closed = (await makeOffer(t.db, n, { organisationId: friends.id, name: 'Old choir', categories: ['arts-nature'], active: false })).id;
});

const names = (res: { statusCode: number; body: string; json(): { items: { name: string }[] } }) => {
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((o) => o.name);
};

describe('directory search', () => {
  it('finds offers by category near a postcode, nearest first, with distances', async () => {
    const res = await reception.get('/api/v1/directory/offers?categories=loneliness&postcode=ls62bb');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items.map((o: { name: string }) => o.name)).toEqual(['Woodhouse Moor walking group', 'Community lunch club', 'Headingley chess club']);
    expect(items[0].distanceMiles).toBeGreaterThan(0.2);
    expect(items[0].distanceMiles).toBeLessThan(0.6);
    expect(items[2].distanceMiles).toBeNull();
  });

  it('keeps to a distance, and falls back to the postcode district when the postcode is not in the table', async () => {
    expect(names(await reception.get('/api/v1/directory/offers?postcode=LS6%202BB&maxMiles=1'))).toEqual(['Woodhouse Moor walking group', 'Debt advice line', 'Headingley chess club']);
    expect(names(await reception.get('/api/v1/directory/offers?postcode=LS6%207XY'))).toEqual(['Debt advice line', 'Headingley chess club', 'Woodhouse Moor walking group']);
  });

  it('searches by need words, day and time, places left and age', async () => {
    expect(names(await reception.get('/api/v1/directory/offers?text=lonely'))).toEqual(['Community lunch club', 'Headingley chess club', 'Woodhouse Moor walking group']);
    expect(names(await reception.get('/api/v1/directory/offers?need=walking'))).toEqual(['Woodhouse Moor walking group']);
    expect(names(await reception.get('/api/v1/directory/offers?day=tue&from=09:00&until=11:00'))).toEqual(['Woodhouse Moor walking group']);
    expect(names(await reception.get('/api/v1/directory/offers?day=tue&from=12:00'))).toEqual([]);
    expect(names(await reception.get('/api/v1/directory/offers?categories=food&availableOnly=true'))).toEqual([]);
    expect(names(await reception.get('/api/v1/directory/offers?age=40&categories=arts-nature'))).toEqual([]);
    expect(names(await reception.get('/api/v1/directory/offers?age=20&categories=arts-nature'))).toEqual(['Alwoodley gardening']);
  });

  it('flags offers not verified for six months as stale, and can leave them out', async () => {
    const res = await reception.get(`/api/v1/directory/offers/${offers.phone}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stale: true, location: null, contact: { phone: '0113 496 0000' } });
    expect(names(await reception.get('/api/v1/directory/offers?categories=debt-benefits&freshOnly=true'))).toEqual([]);
  });

  it('pages through results with the keyset cursor, by name and by distance', async () => {
    for (const base of ['/api/v1/directory/offers?limit=2', '/api/v1/directory/offers?limit=2&postcode=LS6%201AA']) {
      const seen: string[] = [];
      let url = base;
      for (let i = 0; i < 5; i++) {
        const page = (await reception.get(url)).json();
        seen.push(...page.items.map((o: { id: string }) => o.id));
        if (!page.nextCursor) break;
        url = `${base}&cursor=${page.nextCursor}`;
      }
      expect(seen.sort()).toEqual([offers.walk, offers.lunch, offers.far, offers.phone, offers.unmapped].sort());
    }
  });

  it('names the field of a bad query', async () => {
    const res = await reception.get('/api/v1/directory/offers?categories=knitting');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toMatch(/^\/querystring\/categories/);
    expect((await reception.get('/api/v1/directory/offers?postcode=nowhere')).json().errors[0].pointer).toBe('/querystring/postcode');
    expect((await reception.get('/api/v1/directory/offers?cursor=abc')).json().errors[0].pointer).toBe('/querystring/cursor');
  });

  it('gives other modules offers by id and the same search through index.ts', async () => {
    const found = await findOffersByIds(t.db, w.network.id, [offers.lunch, offers.walk, '0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b']);
    expect(found.map((o) => o.name)).toEqual(['Community lunch club', 'Woodhouse Moor walking group']);
    expect(found[1]).toMatchObject({ providerName: 'Hyde Park Friends', categories: ['physical-activity', 'loneliness'], times: 'Tuesdays 10:00–12:00', postcode: 'LS6 1AA' });
    const other = await t.make.network();
    expect(await findOffersByIds(t.db, other.id, [offers.walk])).toEqual([]);
    expect((await searchOffers(t.db, w.network.id, { need: 'walk' })).items.map((o) => o.id)).toEqual([offers.walk]);
  });
});
