import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeAppointment, makeSlots, NOW } from '../../../test/support/booking.ts';
import { findChangedDays } from '../booking/index.ts';
import { refreshRollupJob } from './jobs.ts';
import { sumRollup } from './queries.ts';
import { findLastRefresh, refreshRollup } from './rollup.ts';
import { defaultRefreshRange } from './views.ts';

// The refresh job rebuilds the days booking marked as changed, whatever their date, and the days since
// its last run: an appointment of last November marked DNA in June shows in the rollup after the next
// refresh (the job used to rebuild only the last 21 weeks), and days nothing touched are not rebuilt.

const { t, w } = useTestApp({ now: () => NOW });
const OLD_DAY = '2025-11-12';
let oldAppointment = '';

const place = () => ({ networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id });
const oldDay = () => sumRollup(t.db, 'total', { networkId: w.network.id, fromDay: OLD_DAY, toDay: OLD_DAY });

beforeAll(async () => {
  const [old] = await makeSlots(t.db, { ...place(), start: new Date(`${OLD_DAY}T10:00:00Z`) });
  oldAppointment = await makeAppointment(t.db, { slotId: old, patientId: w.patientA.id, status: 'attended' });
  const [recent] = await makeSlots(t.db, { ...place(), start: new Date('2026-05-27T10:00:00Z') });
  await makeAppointment(t.db, { slotId: recent, patientId: w.patientB.id, status: 'attended' });
  await refreshRollup(t.db, { networkId: w.network.id, ...defaultRefreshRange(NOW), now: NOW });
});

describe('refresh by changed days', () => {
  it('forgets the marks of the days a refresh rebuilt', async () => {
    expect((await findChangedDays(t.db, { networkId: w.network.id })).days).toEqual([]);
    expect((await oldDay())[0]).toMatchObject({ appointments: 1, attended: 1, dna: 0 });
  });

  it('rebuilds an old day whose appointment changed, and only the changed and recent days', async () => {
    await t.db.updateTable('appointment').set({ status: 'dna' }).where('network_id', '=', w.network.id).where('id', '=', oldAppointment).execute();
    expect((await findChangedDays(t.db, { networkId: w.network.id })).days).toEqual([OLD_DAY]);
    expect((await oldDay())[0]).toMatchObject({ attended: 1, dna: 0 }); // not yet refreshed

    const later = new Date(NOW.getTime() + 20 * 60_000);
    await refreshRollupJob({ COMMONS_ANALYTICS_REFRESH_MS: '900000' }).run({ db: t.db, engine: 'pglite', now: () => later });
    expect((await oldDay())[0]).toMatchObject({ appointments: 1, attended: 0, dna: 1 });
    expect((await findChangedDays(t.db, { networkId: w.network.id })).days).toEqual([]);
    // The job rebuilt the changed day and the last refresh's day, not the default range.
    const last = await findLastRefresh(t.db, w.network.id);
    expect([last?.from_day, last?.to_day, last?.refreshed_at.toISOString()]).toEqual([OLD_DAY, '2026-06-01', later.toISOString()]);
  });
});
