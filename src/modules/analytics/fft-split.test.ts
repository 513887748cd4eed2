import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeAppointment, makeSlots } from '../../../test/support/booking.ts';
import { newId } from '../../platform/ids.ts';
import { runRemindersAndWaitlist, sendQueuedMessages } from '../messaging/index.ts';

// Friends and Family Test answers split by what they followed, end to end: appointments attended an
// hour ago get their invitation from the reminders job, each patient answers through the link in the
// message, and the satisfaction view splits the answers by role, site and channel as well as practice.

const { t, w } = useTestApp();
const dir = mkdtempSync(join(tmpdir(), 'commons-fft-split-'));
const logPath = join(dir, 'messages.log');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let pcnManager: { email: string; password: string };
let hubAppointment: string;
let ip = 0;
let slotsMade = 0;
const today = DateTime.now().setZone('Europe/London').toISODate()!;
const PERIOD = `from=${today}&to=${today}`;

/** An attended appointment that ended 30 minutes ago, in a slot of this role, mode, organisation and site. */
async function attended(p: { organisationId: string; siteId: string; staffId: string; role: string; mode: 'telephone' | 'face-to-face' }) {
  const patient = await t.make.patient(w.network.id, w.practiceA.id);
  // Each slot a minute apart: several are made at once for one clinician, and two in the same millisecond would share a start.
  const [slotId] = await makeSlots(t.db, { ...p, networkId: w.network.id, serviceId: w.gpService.id, start: new Date(Date.now() - (40 + slotsMade++) * 60_000) });
  await t.db.updateTable('slot').set({ mode: p.mode }).where('id', '=', slotId).execute();
  return { patientId: patient.id, appointmentId: await makeAppointment(t.db, { slotId, patientId: patient.id, status: 'attended' }) };
}

/** The patient answers through the Friends and Family Test link they were sent (from their own address, as from a phone). */
async function answer(patientId: string, rating: number) {
  await sendQueuedMessages(t.db, { logPath });
  const lines = readFileSync(logPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { patientId: string; template: string; body: string });
  const sent = lines.find((l) => l.patientId === patientId && l.template === 'friends-and-family');
  const token = /\/p\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(sent!.body)![1];
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/messaging/links/${token}/fft`, payload: { rating }, remoteAddress: `10.9.0.${++ip}` });
  expect(res.statusCode, res.body).toBe(201);
}

beforeAll(async () => {
  pcnManager = await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }]);
  const atHub = { organisationId: w.hub.id, siteId: w.hubSite.id, staffId: w.hubGp.id, role: 'pharmacist', mode: 'telephone' as const };
  const pharmacist = await Promise.all([1, 1, 2, 2, 5, 6].map(async (rating) => ({ ...(await attended(atHub)), rating })));
  const gp = await attended({ organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, role: 'gp', mode: 'face-to-face' });
  hubAppointment = pharmacist[0].appointmentId;
  const run = await runRemindersAndWaitlist(t.db, new Date());
  expect(run.fft).toBe(7);
  for (const p of pharmacist) await answer(p.patientId, p.rating);
  await answer(gp.patientId, 4);
  // An answer from before answers named their appointment.
  await t.db.insertInto('fft_response').values({ network_id: w.network.id, id: newId(), patient_id: w.patientA.id, practice_id: w.practiceA.id, link_id: newId(), rating: 1, answered_at: new Date() }).execute();
});

const view = async (query: string, as: { email: string; password: string } = pcnManager) => {
  const res = await (await t.as(as)).get(`/api/v1/analytics/views/satisfaction?${PERIOD}&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { tables: { id: string; rows: Record<string, unknown>[] }[]; notes: string[] };
};
const rows = (body: Awaited<ReturnType<typeof view>>, id: string) => body.tables.find((x) => x.id === id)!.rows;
const cells = (responses: number | string, positive: number | null = null, negative: number | null = null) =>
  ({ responses, positive, negative, suppressed: typeof responses === 'number' ? '' : 'fewer than 5' });

describe('Friends and Family Test split by what the answer followed', () => {
  it('names the appointment on the invitation link', async () => {
    const link = await t.db.selectFrom('patient_link').select(['subject_id', 'appointment_id']).where('purpose', '=', 'fft').where('appointment_id', '=', hubAppointment).executeTakeFirstOrThrow();
    expect(link.subject_id).toBe(hubAppointment);
  });

  it('puts an answer after a pharmacist\'s telephone appointment at the hub under pharmacist, that site and telephone', async () => {
    expect(rows(await view('split=role'), 'fft-by-role')).toEqual([
      { role: 'Network', ...cells(8, 62.5, 25) },
      { role: 'Clinical pharmacist', ...cells(6, 66.7, 16.7) },
      { role: 'GP', ...cells('<5') },
      { role: 'Not recorded', ...cells('<5') },
    ]);
    expect(rows(await view('split=site'), 'fft-by-site').map((r) => [r.site, r.responses])).toEqual([
      ['Network', 8], ['Hub at Riverside (Network Hub)', 6],
      [expect.stringMatching(/\(Riverside Surgery\)$/), '<5'], ['Not recorded', '<5'],
    ]);
    expect(rows(await view('split=channel'), 'fft-by-channel').map((r) => [r.channel, r.responses])).toEqual([['Network', 8], ['Face to face', '<5'], ['Telephone', 6], ['Not recorded', '<5']]);
    // The practice split is as before: the patient's registered practice.
    expect(rows(await view(''), 'fft-by-practice').map((r) => [r.organisation, r.responses])).toEqual([['Network', 8], ['Riverside Surgery', 8]]);
  });

  it('applies the dashboard filters, leaving out answers that name no appointment', async () => {
    const body = await view(`split=channel&role=pharmacist&siteId=${w.hubSite.id}`);
    expect(rows(body, 'fft-by-channel')).toEqual([{ channel: 'Total', ...cells(6, 66.7, 16.7) }, { channel: 'Telephone', ...cells(6, 66.7, 16.7) }]);
    expect(rows(await view(`split=role&organisationId=${w.hub.id}`), 'fft-by-role').map((r) => [r.role, r.responses])).toEqual([['Total', 6], ['Clinical pharmacist', 6]]);
    expect(rows(await view('split=role&mode=face-to-face'), 'fft-by-role')).toEqual([{ role: 'Total', ...cells('<5') }, { role: 'GP', ...cells('<5') }]);
  });

  it('keeps practice staff to their own practice\'s sites beside the network', async () => {
    expect(rows(await view('split=site', w.managerA), 'fft-by-site').map((r) => r.site)).toEqual(['Network', expect.stringMatching(/\(Riverside Surgery\)$/), 'Not recorded']);
  });

  it('exports a split as CSV, "<5" and all', async () => {
    const csv = await (await t.as(pcnManager)).get(`/api/v1/analytics/export?view=satisfaction&table=fft-by-role&split=role&${PERIOD}`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body.trim().split('\r\n')).toEqual([
      'Role,Answers,% positive (very good or good),% negative (poor or very poor),Not shown because',
      'Network,8,62.5,25,', 'Clinical pharmacist,6,66.7,16.7,', 'GP,<5,,,fewer than 5', 'Not recorded,<5,,,fewer than 5',
    ]);
  });

  it('counts each split as joining every answer to its appointment or request at view time did', async () => {
    // The way the view read role, site and channel before they were kept on the answer (0024_fft_answer_context.sql).
    const joined = (key: string) => sql<{ key: string | null; responses: number; positive: number }>`
      select ${sql.raw(key)} as key, count(*)::int as responses, (count(*) filter (where r.rating in (1, 2)))::int as positive
      from fft_response r
      left join appointment a on a.network_id = r.network_id and a.id = r.appointment_id
      left join consultation c on r.appointment_id is null and c.network_id = r.network_id and c.id = r.consultation_id
      where r.network_id = ${w.network.id} group by 1`.execute(t.db);
    const keys = {
      role: { sql: 'coalesce(a.role, c.assigned_role)', label: { pharmacist: 'Clinical pharmacist', gp: 'GP' } as Record<string, string> },
      channel: { sql: "coalesce(a.mode, case c.channel when 'online' then 'online-consultation' when 'phone' then 'request-phone' when 'desk' then 'request-desk' else c.channel end)", label: { telephone: 'Telephone', 'face-to-face': 'Face to face' } as Record<string, string> },
    };
    for (const [split, k] of Object.entries(keys)) {
      const expected = (await joined(k.sql)).rows.map((r) => [r.key === null ? 'Not recorded' : k.label[r.key], r.responses < 5 ? '<5' : r.responses]);
      const shown = rows(await view(`split=${split}`), `fft-by-${split}`).slice(1).map((r) => [r[split], r.responses]);
      expect(shown).toEqual(expect.arrayContaining(expected));
      expect(shown).toHaveLength(expected.length);
    }
    const sites = (await joined("coalesce(a.site_id::text, case when c.id is not null then 'no-site' end)")).rows.map((r) => r.responses).sort();
    expect(rows(await view('split=site'), 'fft-by-site').slice(1).map((r) => (r.responses === '<5' ? 1 : Number(r.responses))).sort()).toEqual(sites.map((n) => (n < 5 ? 1 : n)));
    // And answer by answer: what was kept when each answer was recorded is what the join reads now.
    const { rows: differ } = await sql<{ id: string }>`
      select r.id from fft_response r left join appointment a on a.network_id = r.network_id and a.id = r.appointment_id
      where r.network_id = ${w.network.id} and (r.follows is distinct from case when a.id is not null then 'appointment' end
        or r.delivered_by is distinct from a.provider_organisation_id or r.role is distinct from a.role or r.site_id is distinct from a.site_id
        or r.channel is distinct from a.mode or r.national_category is distinct from a.national_category)`.execute(t.db);
    expect(differ).toEqual([]);
  });

  it('puts the split by role, site and channel in the evaluation report, "<5" and all, as the view shows it', async () => {
    const res = await (await t.as(pcnManager)).get(`/api/v1/analytics/report?${PERIOD}`);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as { tables: { id: string; rows: Record<string, unknown>[] }[] };
    expect(report.tables.map((x) => x.id)).toEqual(['fft-by-role', 'fft-by-site', 'fft-by-channel']);
    for (const split of ['role', 'site', 'channel']) expect(report.tables.find((x) => x.id === `fft-by-${split}`)!.rows).toEqual(rows(await view(`split=${split}`), `fft-by-${split}`));
    expect(report.tables[0].rows).toContainEqual({ role: 'GP', ...cells('<5') });
    // Practice staff: their own practice's sites beside the network, as on the dashboard.
    const own = (await (await t.as(w.managerA)).get(`/api/v1/analytics/report?${PERIOD}`)).json() as typeof report;
    expect(own.tables.find((x) => x.id === 'fft-by-site')!.rows.map((r) => r.site)).toEqual(['Network', expect.stringMatching(/\(Riverside Surgery\)$/), 'Not recorded']);
  });

  // Last: it adds an answer the tests above do not count.
  it('ties an answer after an online request closed without an appointment to that request, under the role it was sent to, no site and the online channel', async () => {
    const patient = await t.make.patient(w.network.id, w.practiceA.id, { familyName: 'Onlinepatient', dateOfBirth: '1975-05-05' });
    const identified = await t.app.inject({ method: 'POST', url: '/api/v1/consultations/requests/identify', payload: { familyName: 'Onlinepatient', dateOfBirth: '1975-05-05', nhsNumber: patient.nhsNumber }, remoteAddress: '10.9.1.1' });
    const sent = await t.app.inject({ method: 'POST', url: '/api/v1/consultations/requests', payload: { token: identified.json().token, submittedBy: 'patient', type: 'medical', description: 'a dry itchy patch on my arm for two weeks' }, remoteAddress: '10.9.1.2' });
    const consultationId = sent.json().id as string;
    expect(consultationId, sent.body).toBeTruthy();
    const gp = await t.as(w.gpA, w.practiceA.id);
    await gp.post(`/api/v1/consultations/${consultationId}/claim`);
    const closed = await gp.post(`/api/v1/consultations/${consultationId}/actions`, { type: 'close', outcome: 'advice-given', message: 'Use an emollient twice a day; write again if it spreads.' });
    expect(closed.json().status, closed.body).toBe('closed');
    await sendQueuedMessages(t.db, { logPath });
    const lines = readFileSync(logPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { patientId: string; template: string; body: string });
    const closing = lines.find((l) => l.patientId === patient.id && l.template === 'consultation-close');
    const token = /\/p\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(closing!.body)![1];
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/messaging/links/${token}/fft`, payload: { rating: 1 }, remoteAddress: '10.9.1.3' });
    expect(res.statusCode, res.body).toBe(201);

    const { assigned_role: sentTo } = await t.db.selectFrom('consultation').select('assigned_role').where('id', '=', consultationId).executeTakeFirstOrThrow();
    expect(sentTo).toBeTruthy();
    const stored = await t.db.selectFrom('fft_response').select(['appointment_id', 'consultation_id', 'follows', 'role', 'site_id', 'channel', 'practice_id'])
      .where('patient_id', '=', patient.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ appointment_id: null, consultation_id: consultationId, follows: 'request', role: sentTo, site_id: null, channel: 'online', practice_id: w.practiceA.id });
    const network = (body: Awaited<ReturnType<typeof view>>, id: string) => rows(body, id)[0].responses;
    const bySite = await view('split=site');
    expect(network(bySite, 'fft-by-site')).toBe(9);
    expect(rows(bySite, 'fft-by-site')).toContainEqual({ site: 'No site (online request)', ...cells('<5') });
    const byChannel = await view('split=channel');
    expect(rows(byChannel, 'fft-by-channel').map((r) => [r.channel, r.responses])).toEqual([
      ['Network', 9], ['Face to face', '<5'], ['Online consultation (closed without an appointment)', '<5'], ['Telephone', 6], ['Not recorded', '<5'],
    ]);
    // A mode filter is the appointment's: the request's answer drops out, as answers naming no appointment do.
    expect(network(await view('split=channel&mode=telephone'), 'fft-by-channel')).toBe(6);
  });

  it('refuses a split it does not know, naming the field', async () => {
    const res = await (await t.as(pcnManager)).get(`/api/v1/analytics/views/satisfaction?${PERIOD}&split=colour`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0].pointer).toBe('/querystring/split');
  });
});
