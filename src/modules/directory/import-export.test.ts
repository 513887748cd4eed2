import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client } from '../../../test/support/test-app.ts';
import { useTestApp } from '../../../test/support/setup.ts';
import { exportDirectoryCommand, importDirectoryCommand, importPostcodesCommand } from './cli.ts';

const { t, w } = useTestApp({ now: () => new Date('2026-11-30T10:00:00Z') });
let manager: Client;
let reception: Client;
const dir = mkdtempSync(join(tmpdir(), 'commons-directory-'));

const ORG = '0190a5b2-7c3d-7e4f-8a9b-000000000001';
const service = (n: number, over: Record<string, unknown> = {}) => ({
  id: `0190a5b2-7c3d-7e4f-8a9b-${String(n).padStart(12, '0')}`,
  name: `Service ${n}`,
  description: 'Somewhere to talk, over a cup of tea.',
  status: 'active',
  url: 'https://example.org/tea',
  minimum_age: 18,
  assured_date: '2026-10-01',
  organization: { id: ORG, name: 'Chapeltown Neighbours', website: 'https://example.org' },
  contacts: [{ name: 'Ann', phones: [{ number: '0113 496 0101' }] }],
  schedules: [{ freq: 'WEEKLY', interval: 1, byday: 'TU,TH', opens_at: '10:00:00', closes_at: '12:00:00' }, { freq: 'MONTHLY', byday: '-1FR', opens_at: '18:00', closes_at: '20:00' }],
  service_at_locations: [{ location: { name: 'Chapeltown Community Centre', latitude: 53.82, longitude: -1.53, addresses: [{ address_1: '1 Chapeltown Road', city: 'Leeds', postal_code: 'LS7 3AA' }] } }],
  attributes: [
    { taxonomy_term: { code: 'loneliness', name: 'Loneliness and social connection', vocabulary: 'commons-directory' } },
    { taxonomy_term: { code: 'referral-needed', vocabulary: 'commons-access' } },
    { taxonomy_term: { code: 'capacity', vocabulary: 'commons-capacity' }, value: 12 },
    { taxonomy_term: { code: 'places-available', vocabulary: 'commons-capacity' }, value: 5 },
    { taxonomy_term: { code: 'X123', name: 'Some other directory\'s term', vocabulary: 'esd' } },
  ],
  languages: [{ id: 'ignored', name: 'English' }],
  ...over,
});

beforeAll(async () => {
  const pcnManager = await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }]);
  manager = await t.as(pcnManager, w.pcn.id);
  reception = await t.as(w.receptionistA, w.practiceA.id);
});

describe('Open Referral UK import and export', () => {
  it('checks every record, reports each problem with its record and field, and writes nothing', async () => {
    const res = await manager.post('/api/v1/directory/import', { contents: [
      service(1),
      service(2, { contacts: [], url: undefined }),
      service(3, { attributes: [{ taxonomy_term: { code: 'knitting', vocabulary: 'commons-directory' } }] }),
      service(4, { minimum_age: 70, maximum_age: 18 }),
      service(5, { service_at_locations: [{ location: { addresses: [{ postal_code: 'NOWHERE' }] } }] }),
      service(6, { name: '' }),
    ] });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ type: expect.stringMatching(/directory\/import-rejected$/), records: 6, valid: 1 });
    const pointers = res.json().errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual([
      '/body/contents/1/contacts',
      '/body/contents/2/attributes/0/taxonomy_term/code',
      '/body/contents/3/eligibility/minAge',
      '/body/contents/4/service_at_locations/0/location/addresses/0/postal_code',
      '/body/contents/5/name',
    ]);
    expect(await t.count('directory_offer', { network_id: w.network.id })).toBe(0);
    expect(await t.count('directory_organisation', { network_id: w.network.id })).toBe(0);
  });

  it('does a dry run without writing, then imports every service with its organisation, place and times', async () => {
    const dry = await manager.post('/api/v1/directory/import?dryRun=true', [service(1), service(2)]);
    expect(dry.json()).toMatchObject({ dryRun: true, records: 2, valid: 2, created: 2, written: false });
    expect(await t.count('directory_offer', { network_id: w.network.id })).toBe(0);
    const res = await manager.post('/api/v1/directory/import', [service(1), service(2)]);
    expect(res.json()).toMatchObject({ records: 2, created: 2, updated: 0, organisations: 1, written: true });
    const offer = (await reception.get(`/api/v1/directory/offers/${service(1).id}`)).json();
    expect(offer).toMatchObject({
      name: 'Service 1', providerName: 'Chapeltown Neighbours', providerKind: 'voluntary', categories: ['loneliness'], howToAccess: 'referral-needed', capacity: 12, placesAvailable: 5,
      postcode: 'LS7 3AA', contact: { name: 'Ann', phone: '0113 496 0101', website: 'https://example.org/tea' }, eligibility: { minAge: 18, maxAge: null },
      lastVerifiedAt: '2026-10-01T12:00:00.000Z', stale: false,
    });
    expect(offer.times).toBe('Tuesdays 10:00–12:00; Thursdays 10:00–12:00; last Friday of the month 18:00–20:00');
    const again = await manager.post('/api/v1/directory/import', [service(1, { name: 'Service one' })]);
    expect(again.json()).toMatchObject({ created: 0, updated: 1 });
  });

  it('exports the same shape, and the export imports back to the same offers', async () => {
    const res = await reception.get('/api/v1/directory/export');
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json();
    expect(page.total_items).toBe(2);
    const before = (await reception.get('/api/v1/directory/offers')).json().items;
    const back = await manager.post('/api/v1/directory/import', page);
    expect(back.json()).toMatchObject({ records: 2, updated: 2, created: 0 });
    const after = (await reception.get('/api/v1/directory/offers')).json().items;
    expect(after).toEqual(before);
  });

  it('does the same on the command line: import with a report, export to a file, postcodes from an ONS CSV', async () => {
    const io = { open: async () => ({ db: t.db, engine: t.engine, close: async () => {} }), now: () => new Date('2026-11-30T10:00:00Z') };
    const lines: string[] = [];
    const log = (l: string) => lines.push(l);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([service(7, { status: 'open' })]));
    expect(await importDirectoryCommand([bad], { ...io, log })).toBe(1);
    expect(lines.join('\n')).toMatch(/service 0 .*\/0\/status/);
    expect(lines.join('\n')).toMatch(/nothing was imported/);
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ contents: [service(8)] }));
    expect(await importDirectoryCommand([good, '--dry-run'], { ...io, log })).toBe(0);
    expect(lines.at(-1)).toMatch(/^Dry run: 1 services are valid/);
    expect(await importDirectoryCommand([good], { ...io, log })).toBe(0);
    expect(lines.at(-1)).toBe('Imported 1 services: 1 new, 0 updated, from 1 organisations.');
    const out = join(dir, 'export.json');
    expect(await exportDirectoryCommand([out], { ...io, log })).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).total_items).toBe(3);
    expect(await importDirectoryCommand([], { ...io, log, err: log })).toBe(2);

    const csv = join(dir, 'onspd.csv');
    writeFileSync(csv, 'pcd,pcd2,pcds,dointr,lat,long\nLS7 3AA,LS7  3AA,LS7 3AA,199801,53.820000,-1.530000\nZZ9 9ZZ,ZZ9  9ZZ,ZZ9 9ZZ,199801,99.999999,0.000000\nLS7 3AB,LS7  3AB,LS7 3AB,199801,53.821000,-1.531000\n');
    expect(await importPostcodesCommand([csv], { ...io, log })).toBe(0);
    expect(lines.at(-1)).toBe('Loaded 2 postcodes from 3 rows; 1 skipped (no grid reference, or not a postcode).');
    const near = (await reception.get('/api/v1/directory/offers?postcode=LS7%203AB&maxMiles=1')).json().items;
    expect(near.length).toBe(3);
    expect(near[0].distanceMiles).toBeLessThan(0.2);
    const wrongCsv = join(dir, 'wrong.csv');
    writeFileSync(wrongCsv, 'postcode,x,y\nLS1 1AA,1,2\n');
    expect(await importPostcodesCommand([wrongCsv], { ...io, log })).toBe(1);
  });
});
