import { DateTime } from 'luxon';
import type { Db } from '../../db/database.ts';
import { findConsultationDays } from '../consultations/index.ts';
import { groupingsFor, sumRollupSets } from './queries.ts';
import { londonStart } from './spans.ts';
import { hours, percent, roleLabel } from './labels.ts';
import type { Scope } from './filters.ts';
import type { DataTable, Figure } from './schema.ts';

/** Minutes of GP time an online consultation closed without an appointment stands for: one standard GP appointment (docs/analytics.md). */
export const GP_MINUTES_PER_CLOSED_REQUEST = 10;

/** Role mix: who delivers the appointments, GP time released by other roles and online consultations, and what the hubs add. */
export async function roleMixView(db: Db, scope: Scope): Promise<{ headline: Figure[]; tables: DataTable[]; notes: string[] }> {
  const f = scope.filter;
  const [{ total, byRole, byMonthRole, byOrg }, consultations] = await Promise.all([
    sumRollupSets(db, 'total', f, groupingsFor(scope, { total: [], byRole: ['role'], byMonthRole: ['month', 'role'], byOrg: ['organisation_id'] }, ['total', 'byRole', 'byOrg'])),
    findConsultationDays(db, { networkId: f.networkId, from: londonStart(f.fromDay), to: londonStart(DateTime.fromISO(f.toDay).plus({ days: 1 }).toISODate()!), practiceId: f.organisationId ?? null }),
  ]);
  const t = total[0];
  const others = byRole.filter((r) => r.keys.role !== 'gp');
  const otherAppointments = others.reduce((a, r) => a + r.appointments, 0);
  const otherMinutes = others.reduce((a, r) => a + r.appointmentMinutes, 0);
  const closedWithout = consultations.reduce((a, r) => a + r.closed_without_appointment, 0);
  const hubIds = new Set(scope.directory.organisations.filter((o) => o.kind === 'hub').map((o) => o.id));
  const hubAppointments = byOrg.filter((r) => hubIds.has(r.keys.organisation_id)).reduce((a, r) => a + r.appointments, 0);
  const hubMinutes = byOrg.filter((r) => hubIds.has(r.keys.organisation_id)).reduce((a, r) => a + r.appointmentMinutes, 0);
  const headline: Figure[] = [
    { key: 'appointments', label: 'Appointments', kind: 'count', value: t.appointments },
    { key: 'other-roles-share', label: 'Delivered by roles other than GPs %', kind: 'percent', value: percent(otherAppointments, t.appointments) },
    { key: 'other-roles-hours', label: 'Hours carried by other roles', kind: 'hours', value: hours(otherMinutes) },
    { key: 'closed-without-appointment', label: 'Online consultations closed without an appointment', kind: 'count', value: closedWithout },
    { key: 'gp-hours-released', label: 'GP hours released (other roles + closed requests)', kind: 'hours', value: hours(otherMinutes + closedWithout * GP_MINUTES_PER_CLOSED_REQUEST) },
    { key: 'hub-appointments', label: 'Appointments added by hubs', kind: 'count', value: hubAppointments },
  ];
  if (scope.headlineOnly) return { headline, tables: [], notes: [] };
  const months = [...new Set(byMonthRole.map((r) => r.keys.month))];
  return {
    headline,
    tables: [
      { id: 'by-role', title: 'Share of appointments by role', description: 'Appointments held (cancelled ones left out) and their booked length in hours.', chart: 'bar',
        columns: [{ key: 'role', label: 'Role', kind: 'text' }, { key: 'appointments', label: 'Appointments', kind: 'count' }, { key: 'share', label: 'Share %', kind: 'percent' }, { key: 'hours', label: 'Hours', kind: 'hours' }],
        rows: [...byRole].sort((a, b) => b.appointments - a.appointments).map((r) => ({ role: roleLabel(r.keys.role), appointments: r.appointments, share: percent(r.appointments, t.appointments), hours: hours(r.appointmentMinutes) })) },
      { id: 'gp-time-released', title: 'GP time released', description: `Work that did not need a GP appointment. A closed online consultation counts as one ${GP_MINUTES_PER_CLOSED_REQUEST}-minute GP appointment.`, chart: 'bar',
        columns: [{ key: 'what', label: 'What', kind: 'text' }, { key: 'count', label: 'Count', kind: 'count' }, { key: 'hours', label: 'Hours', kind: 'hours' }],
        rows: [
          { what: 'Appointments with other roles', count: otherAppointments, hours: hours(otherMinutes) },
          { what: 'Online consultations closed without an appointment', count: closedWithout, hours: hours(closedWithout * GP_MINUTES_PER_CLOSED_REQUEST) },
          { what: 'Appointments added by hubs (all roles)', count: hubAppointments, hours: hours(hubMinutes) },
        ] },
      { id: 'by-month', title: 'GP and other roles by month', description: 'Appointments by GPs and by every other role, month by month.', chart: 'stacked-bar',
        columns: [{ key: 'month', label: 'Month', kind: 'text' }, { key: 'gp', label: 'GP', kind: 'count' }, { key: 'other', label: 'Other roles', kind: 'count' }, { key: 'otherShare', label: 'Other roles %', kind: 'percent' }],
        rows: months.map((m) => {
          const rows = byMonthRole.filter((r) => r.keys.month === m);
          const gp = rows.filter((r) => r.keys.role === 'gp').reduce((a, r) => a + r.appointments, 0);
          const other = rows.filter((r) => r.keys.role !== 'gp').reduce((a, r) => a + r.appointments, 0);
          return { month: m, gp, other, otherShare: percent(other, gp + other) };
        }) },
    ],
    notes: [],
  };
}
