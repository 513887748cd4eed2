import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { NOW } from '../../../test/support/booking.ts';
import { newId } from '../../platform/ids.ts';
import { findOrganisationsAndSites } from '../network/index.ts';
import type { Scope } from './filters.ts';
import { friendsAndFamily } from './friends-and-family.ts';
import { refreshRollup } from './rollup.ts';
import type { FftSplit } from './schema.ts';
import { ROLLUP_TEST_PERIODS } from '../../../test/support/rollup-periods.ts';

// The Friends and Family Test rollup answers exactly as the answers it is summed from: every split, filter
// and period (starting and ending inside spans, crossing the month ends of Thursday 30 April and Sunday
// 31 May), read from the rollup alone, from the answers alone, and from both (rollup up to a day, answers
// after it), over answers that follow appointments at practices and a hub, online requests, and nothing.

const { t, w } = useTestApp({ now: () => NOW });
const MODES = ['face-to-face', 'telephone', 'video'] as const;
const REQUEST_CHANNELS = ['online', 'phone', 'desk'] as const;
const CATEGORIES = ['General Consultation Routine', 'Planned Clinics', 'Clinical Triage'];
const SPLITS: FftSplit[] = ['practice', 'role', 'site', 'channel'];

/** Eight answers a day from `from`, spread by a fixed rule (the same answers every run). */
async function makeAnswers(from: Date, days: number, salt: number) {
  const places = [
    { organisationId: w.practiceA.id, siteId: w.siteA.id, role: 'gp' },
    { organisationId: w.practiceB.id, siteId: w.siteB.id, role: 'physiotherapist' },
    { organisationId: w.hub.id, siteId: w.hubSite.id, role: 'pharmacist' },
  ];
  const rows = [];
  for (let d = 0; d < days; d++) {
    for (let i = 0; i < 8; i++) {
      const n = d * 8 + i + salt;
      const place = places[n % 3];
      const kind = n % 7 === 0 ? 'none' : n % 5 === 0 ? 'request' : 'appointment';
      const context = kind === 'appointment'
        ? { follows: 'appointment' as const, delivered_by: place.organisationId, role: place.role, site_id: place.siteId, channel: MODES[n % 3], national_category: CATEGORIES[(n >> 1) % 3] }
        : kind === 'request'
          ? { follows: 'request' as const, delivered_by: place.organisationId, role: place.role, site_id: null, channel: REQUEST_CHANNELS[n % 3], national_category: null }
          : { follows: null, delivered_by: null, role: null, site_id: null, channel: null, national_category: null };
      rows.push({
        network_id: w.network.id, id: newId(), patient_id: n % 2 ? w.patientA.id : w.patientB.id, practice_id: n % 2 ? w.practiceA.id : w.practiceB.id, link_id: newId(),
        rating: 1 + ((n * 5) % 6), answered_at: new Date(from.getTime() + d * 86_400_000 + (6 + ((n * 7) % 17)) * 3_600_000 + (n % 6) * 60_000), ...context,
      });
    }
  }
  await t.db.insertInto('fft_response').values(rows).execute();
}

let directory: Scope['directory'];
beforeAll(async () => {
  await makeAnswers(new Date('2026-04-27T00:00:00Z'), 42, 0);
  await refreshRollup(t.db, { networkId: w.network.id, fromDay: '2026-04-01', toDay: '2026-06-30', now: NOW });
  directory = await findOrganisationsAndSites(t.db, { networkId: w.network.id });
});

const PERIODS = ROLLUP_TEST_PERIODS;

/** The satisfaction view's Friends and Family Test figures, split every way, for a filter and a split, read with answers from liveFrom on. */
async function fft(filter: Partial<Scope['filter']> & { fromDay: string; toDay: string }, fftSplit: FftSplit, fftLiveFrom: string | null) {
  const scope: Scope = {
    filter: { networkId: w.network.id, ...filter }, directory, visibleOrganisations: new Set(directory.organisations.map((o) => o.id)), label: 'test', fftSplit, fftLiveFrom,
  };
  return friendsAndFamily(t.db, scope, SPLITS);
}

describe('Friends and Family Test rollup', () => {
  it('answers every split, filter and period exactly as the answers', async () => {
    const filters: Partial<Scope['filter']>[] = [
      {}, { organisationId: w.practiceA.id }, { organisationId: w.hub.id }, { siteId: w.siteB.id }, { role: 'pharmacist' }, { mode: 'telephone' }, { mode: 'online-consultation' },
      { nationalCategory: 'Planned Clinics' }, { organisationId: w.practiceB.id, role: 'physiotherapist', mode: 'video' },
    ];
    let seen = 0;
    for (const [fromDay, toDay] of PERIODS) {
      for (const f of filters) {
        for (const split of SPLITS) {
          const raw = await fft({ ...f, fromDay, toDay }, split, null);
          const label = `${split} ${fromDay}..${toDay} ${JSON.stringify(f)}`;
          expect(await fft({ ...f, fromDay, toDay }, split, '2026-07-01'), `rollup only: ${label}`).toEqual(raw);
          expect(await fft({ ...f, fromDay, toDay }, split, '2026-05-20'), `rollup then answers: ${label}`).toEqual(raw);
          seen += Number(raw.headline.find((h) => h.key === 'fft-responses')?.value ?? 0);
        }
      }
    }
    expect(seen).toBeGreaterThan(5000); // the comparisons are over real figures, not empty sums
  });

  it('counts answers given after the last refresh from the answers, and a refresh of some days keeps each span the sum of its days', async () => {
    const period = { fromDay: '2026-05-18', toDay: '2026-05-24' };
    const before = await fft(period, 'practice', null);
    await makeAnswers(new Date('2026-05-20T00:00:00Z'), 1, 3);
    // Read live from the 20th: the new answers count at once; from the rollup alone they do not until a refresh.
    const live = await fft(period, 'practice', '2026-05-20');
    expect(live).toEqual(await fft(period, 'practice', null));
    expect(live.headline.find((h) => h.key === 'fft-responses')?.value).toBe(Number(before.headline.find((h) => h.key === 'fft-responses')?.value) + 8);
    expect(await fft(period, 'practice', '2026-07-01')).toEqual(before);
    await refreshRollup(t.db, { networkId: w.network.id, fromDay: '2026-05-20', toDay: '2026-05-20', now: NOW });
    for (const [fromDay, toDay] of PERIODS) {
      for (const split of SPLITS) expect(await fft({ fromDay, toDay }, split, '2026-07-01')).toEqual(await fft({ fromDay, toDay }, split, null));
    }
  });
});
