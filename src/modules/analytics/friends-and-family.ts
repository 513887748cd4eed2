import { DateTime } from 'luxon';
import type { Db } from '../../db/database.ts';
import { LONDON } from '../../platform/calendar.ts';
import { findAppointmentFeedbackFacts } from '../booking/index.ts';
import { findConsultationFeedbackFacts } from '../consultations/index.ts';
import { findFriendsAndFamilyResponses, type FriendsAndFamilyResponse } from '../messaging/index.ts';
import type { Scope } from './filters.ts';
import { MODE_LABELS, roleLabel } from './labels.ts';
import type { Column, DataTable, Figure, FftSplit } from './schema.ts';

// The Friends and Family Test on the dashboard (standards digest §6): % positive is "very good" and
// "good" over every answer, "don't know" included (the digest flags that denominator as still to be
// checked against the 2020 guidance), % negative "poor" and "very poor" the same way. A cell with
// fewer than 5 answers shows "<5" and no shares, as FFT publications do, so a small group cannot point
// at one patient's answer.
//
// Each answer follows one appointment or online request (the link it was given through names it). The
// practice is the patient's registered practice, kept on the answer; who saw the patient, where and
// how are read from booking and consultations by id, at the time of the view.

export const FFT_MIN_RESPONSES = 5;
const NOT_RECORDED = 'not-recorded';

/** One answer with what it followed: null where the answer names no appointment or request (older answers). */
interface Answer {
  response: FriendsAndFamilyResponse;
  follows: 'appointment' | 'request' | null;
  /** The organisation that gave the appointment or handled the request (a hub for hub appointments). */
  deliveredBy: string | null;
  role: string | null;
  siteId: string | null;
  /** The appointment's mode, or how the request came in (online-consultation, request-phone, request-desk). */
  channel: string | null;
  nationalCategory: string | null;
}

const REQUEST_CHANNELS: Record<string, string> = { online: 'online-consultation', phone: 'request-phone', desk: 'request-desk' };
const CHANNEL_LABELS: Record<string, string> = {
  ...MODE_LABELS, 'online-consultation': 'Online consultation (closed without an appointment)', 'request-phone': 'Request taken by phone', 'request-desk': 'Request made at reception',
};

async function answersWithSubjects(db: Db, networkId: string, range: { from: Date; to: Date }): Promise<Answer[]> {
  const responses = await findFriendsAndFamilyResponses(db, networkId, range);
  const appointmentIds = [...new Set(responses.flatMap((r) => (r.appointmentId ? [r.appointmentId] : [])))];
  const consultationIds = [...new Set(responses.flatMap((r) => (!r.appointmentId && r.consultationId ? [r.consultationId] : [])))];
  const [appointments, consultations] = await Promise.all([
    findAppointmentFeedbackFacts(db, { networkId, ids: appointmentIds }),
    findConsultationFeedbackFacts(db, { networkId, ids: consultationIds }),
  ]);
  const byAppointment = new Map(appointments.map((a) => [a.id, a]));
  const byConsultation = new Map(consultations.map((c) => [c.id, c]));
  return responses.map((response) => {
    const a = response.appointmentId ? byAppointment.get(response.appointmentId) : undefined;
    if (a) return { response, follows: 'appointment' as const, deliveredBy: a.organisation_id, role: a.role, siteId: a.site_id, channel: a.mode, nationalCategory: a.national_category };
    const c = response.consultationId ? byConsultation.get(response.consultationId) : undefined;
    if (c) return { response, follows: 'request' as const, deliveredBy: c.organisation_id, role: c.role, siteId: null, channel: REQUEST_CHANNELS[c.channel] ?? c.channel, nationalCategory: null };
    return { response, follows: null, deliveredBy: null, role: null, siteId: null, channel: null, nationalCategory: null };
  });
}

interface Tally { responses: number; positive: number; negative: number }

const tally = (rs: readonly Answer[]): Tally => ({
  responses: rs.length,
  positive: rs.filter((r) => r.response.rating === 1 || r.response.rating === 2).length,
  negative: rs.filter((r) => r.response.rating === 4 || r.response.rating === 5).length,
});
const share = (n: number, of: number) => Math.round((n / of) * 1000) / 10;

/** A tally as cells: 1 to 4 answers show "<5" and no shares (the suppressed column says why). */
function cells(t: Tally) {
  if (t.responses === 0) return { responses: 0, positive: null, negative: null, suppressed: 'no answers' };
  if (t.responses < FFT_MIN_RESPONSES) return { responses: '<5', positive: null, negative: null, suppressed: 'fewer than 5' };
  return { responses: t.responses, positive: share(t.positive, t.responses), negative: share(t.negative, t.responses), suppressed: '' };
}

const COLUMNS: Column[] = [
  { key: 'responses', label: 'Answers', kind: 'count' },
  { key: 'positive', label: '% positive (very good or good)', kind: 'percent' },
  { key: 'negative', label: '% negative (poor or very poor)', kind: 'percent' },
  { key: 'suppressed', label: 'Not shown because', kind: 'text' },
];

/**
 * What each split groups by: the key of an answer (null: not recorded), the label of a key, and
 * whether this person may see that group's own row (practice staff see only their organisation's
 * practices and sites beside the totals; roles and channels name no organisation).
 */
interface Split { column: string; heading: string; keyOf: (a: Answer) => string | null; label: (key: string) => string; visible: (key: string) => boolean }

function splitOf(split: FftSplit, scope: Scope): Split {
  const orgs = new Map(scope.directory.organisations.map((o) => [o.id, o]));
  const sites = new Map(scope.directory.sites.map((s) => [s.id, s]));
  switch (split) {
    case 'practice':
      return { column: 'organisation', heading: 'Practice', keyOf: (a) => a.response.practiceId, label: (k) => orgs.get(k)?.name ?? 'Unknown', visible: (k) => scope.visibleOrganisations.has(k) };
    case 'role':
      return { column: 'role', heading: 'Role', keyOf: (a) => a.role, label: roleLabel, visible: () => true };
    case 'site':
      return {
        column: 'site', heading: 'Site', keyOf: (a) => a.siteId ?? (a.follows === 'request' ? 'no-site' : null),
        label: (k) => (k === 'no-site' ? 'No site (online request)' : `${sites.get(k)?.name ?? 'Unknown'} (${orgs.get(sites.get(k)?.organisation_id ?? '')?.name ?? ''})`),
        visible: (k) => k === 'no-site' || scope.visibleOrganisations.has(sites.get(k)?.organisation_id ?? ''),
      };
    case 'channel':
      return { column: 'channel', heading: 'Channel', keyOf: (a) => a.channel, label: (k) => CHANNEL_LABELS[k] ?? k, visible: () => true };
  }
}

/** Answers of one split as table rows: the total first, each group this person may see by name, "Not recorded" last. */
function splitRows(split: Split, answers: readonly Answer[], totalLabel: string) {
  const groups = new Map<string, Answer[]>();
  for (const a of answers) {
    const key = split.keyOf(a) ?? NOT_RECORDED;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const named = [...groups.keys()].filter((k) => k !== NOT_RECORDED && split.visible(k)).map((k) => ({ k, name: split.label(k) })).sort((a, b) => a.name.localeCompare(b.name));
  const rows = [{ [split.column]: totalLabel, ...cells(tally(answers)) }, ...named.map(({ k, name }) => ({ [split.column]: name, ...cells(tally(groups.get(k)!)) }))];
  if (groups.has(NOT_RECORDED)) rows.push({ [split.column]: 'Not recorded', ...cells(tally(groups.get(NOT_RECORDED)!)) });
  return rows;
}

/** Whether an answer is within the dashboard's filters: the practice filter by registered practice, a hub by where the patient was seen. */
function inFilters(scope: Scope): (a: Answer) => boolean {
  const f = scope.filter;
  const org = f.organisationId ? scope.directory.organisations.find((o) => o.id === f.organisationId) : undefined;
  return (a) => (!org || (org.kind === 'practice' ? a.response.practiceId === org.id : a.deliveredBy === org.id))
    && (!f.siteId || a.siteId === f.siteId) && (!f.role || a.role === f.role) && (!f.mode || a.channel === f.mode)
    && (!f.nationalCategory || a.nationalCategory === f.nationalCategory);
}

const SPLIT_TITLES: Record<FftSplit, string> = { practice: 'by practice', role: 'by role', site: 'by site', channel: 'by channel' };
const SPLIT_WORDS: Record<FftSplit, string> = {
  practice: 'by the patient\'s registered practice',
  role: 'by the role of the professional who saw the patient (for a request, the role it was sent to)',
  site: 'by the site of the appointment',
  channel: 'by how the patient was seen: face to face, telephone, video, home visit, or an online request closed without an appointment',
};

/**
 * FFT headline figures and tables for the satisfaction view: one table split as asked (practice by
 * default), and one by month. Every dashboard filter applies; an answer that names no appointment or
 * request counts only while no site, role, mode or category filter is set.
 */
export async function friendsAndFamily(db: Db, scope: Scope): Promise<{ headline: Figure[]; tables: DataTable[]; notes: string[] }> {
  const f = scope.filter;
  const from = DateTime.fromISO(f.fromDay, { zone: LONDON }).startOf('day').toJSDate();
  const to = DateTime.fromISO(f.toDay, { zone: LONDON }).plus({ days: 1 }).startOf('day').toJSDate();
  const inScope = (await answersWithSubjects(db, f.networkId, { from, to })).filter(inFilters(scope));
  const shown = cells(tally(inScope));
  const splitName = scope.fftSplit;
  const split = splitOf(splitName, scope);
  const monthOf = (a: Answer) => DateTime.fromISO(a.response.answeredAt, { zone: LONDON }).toFormat('yyyy-MM');
  const months = [...new Set(inScope.map(monthOf))].sort();
  const unrecorded = inScope.filter((a) => a.follows === null).length;

  const notes = [`Friends and Family Test: % positive is "very good" or "good" out of all answers, "don't know" included; fewer than ${FFT_MIN_RESPONSES} answers show as "<5".`];
  if (unrecorded > 0) notes.push(`${unrecorded} Friends and Family Test answer${unrecorded === 1 ? ' names' : 's name'} no appointment or request: they count under "Not recorded" and drop out when a site, role, mode or category is chosen.`);
  const count = (v: number | string) => (typeof v === 'number' && v > 0 ? v : null);
  return {
    headline: [
      { key: 'fft-positive', label: 'Friends and Family Test % positive', kind: 'percent', value: shown.positive },
      { key: 'fft-negative', label: 'Friends and Family Test % negative', kind: 'percent', value: shown.negative },
      { key: 'fft-responses', label: 'Friends and Family Test answers', kind: 'count', value: count(shown.responses) },
    ],
    tables: [
      { id: `fft-by-${splitName}`, title: `Friends and Family Test ${SPLIT_TITLES[splitName]}`, chart: 'bar',
        description: `Answers to "Overall, how was your experience of our service?" after appointments and closed online requests, ${SPLIT_WORDS[splitName]}.`,
        columns: [{ key: split.column, label: split.heading, kind: 'text' }, ...COLUMNS],
        rows: splitRows(split, inScope, f.organisationId || f.siteId || f.role || f.mode || f.nationalCategory ? 'Total' : 'Network') },
      { id: 'fft-by-month', title: 'Friends and Family Test by month', description: 'The share of positive and negative answers each month.', chart: 'line',
        columns: [{ key: 'month', label: 'Month', kind: 'text' }, ...COLUMNS],
        rows: months.map((m) => ({ month: m, ...cells(tally(inScope.filter((a) => monthOf(a) === m))) })) },
    ],
    notes,
  };
}
