import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Database } from '../../src/db/database.ts';
import { newId } from '../../src/platform/ids.ts';
import type { World } from '../support/factories.ts';
import { makeSlots } from '../support/booking.ts';
import { factories } from '../support/factories.ts';
import { collectErrors, openPage, requireHarness, screenshotOnFailure, signIn, startHarness, stopHarness, type Harness } from './harness.ts';

// A PCN manager preparing a board report: opens the dashboard, filters to one practice, downloads a
// table as CSV and opens the printable evaluation report.

let h: Harness | undefined;
let page: Page;
let w: World;
let manager: { email: string; password: string };

const DAY = 86_400_000;

async function seed(database: Database, world: World) {
  w = world;
  manager = await factories(database.db).staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }], { name: 'Pat Manager' });
  // Ten days ago: five GP slots at Riverside (three booked, one DNA) and three at Hillview (one booked).
  const start = new Date(Math.floor((Date.now() - 10 * DAY) / DAY) * DAY + 9 * 3600_000);
  const a = await makeSlots(database.db, { networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, start, count: 5 });
  await makeSlots(database.db, { networkId: w.network.id, organisationId: w.practiceB.id, siteId: w.siteB.id, staffId: w.hubGp.id, serviceId: w.gpService.id, start, count: 3 });
  for (const [i, status] of (['attended', 'attended', 'dna'] as const).entries()) {
    const slot = await database.db.selectFrom('slot').selectAll().where('id', '=', a[i]).executeTakeFirstOrThrow();
    await database.db.insertInto('appointment').values({
      network_id: w.network.id, id: newId(), slot_id: slot.id, patient_id: w.patientA.id, status, start_at: slot.start_at, end_at: slot.end_at,
      provider_organisation_id: w.practiceA.id, site_id: w.siteA.id, staff_id: w.gpA.id, service_id: w.gpService.id, role: 'gp', mode: 'face-to-face',
      national_category: 'General Consultation Routine', channel: 'own-practice', booker_organisation_id: w.practiceA.id, patient_practice_id: w.practiceA.id,
      booked_at: new Date(slot.start_at.getTime() - 2 * DAY),
    }).execute();
    await database.db.updateTable('slot').set({ status: 'booked' }).where('id', '=', slot.id).execute();
  }
}

beforeAll(async () => {
  h = await startHarness(seed);
  if (h) page = await openPage(h, { acceptDownloads: true });
});
afterAll(async () => {
  await stopHarness(h);
});

describe('the dashboard', () => {
  it('a PCN manager filters to one practice, downloads a CSV and opens the evaluation report', async () => {
    const { base } = requireHarness(h);
    screenshotOnFailure(() => ({ dashboard: page }));
    const errors = collectErrors(page);

    await signIn(page, base, manager.email, manager.password);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    // The network: eight slots offered, three booked.
    await expect.poll(() => page.getByTestId('figure-offered').textContent()).toContain('8');
    await expect(page.getByTestId('figure-booked').textContent()).resolves.toContain('3');

    // One practice.
    await page.getByRole('textbox', { name: /^Practice or hub/ }).or(page.getByRole('combobox', { name: /^Practice or hub/ })).first().click();
    await page.getByRole('option', { name: 'Riverside Surgery' }).click();
    await expect.poll(() => page.getByTestId('figure-offered').textContent()).toContain('5');
    expect(page.url()).toContain(`organisationId=${w.practiceA.id}`);

    // Its capacity by week, as CSV.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download Capacity by week as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^commons-demand-by-week-.*\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('Week starting,Slots offered,Booked,Unused,Utilisation %,Appointments');
    expect(csv).toContain(',5,3,2,60,3');

    // Attendance for the same practice: one DNA in three.
    await page.getByRole('tab', { name: 'Attendance' }).click();
    await expect.poll(() => page.getByTestId('figure-dna-rate').textContent()).toContain('33.3%');

    // The evaluation report for the same filters.
    await page.getByRole('link', { name: 'Evaluation report' }).click();
    await page.getByRole('heading', { name: 'Evaluation report: Riverside Surgery' }).waitFor();
    const offered = page.getByRole('table', { name: 'Demand and capacity' }).getByRole('row').filter({ hasText: 'Slots offered' });
    await expect(offered.textContent()).resolves.toContain('5');
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    expect(errors).toEqual([]);
  });
});
