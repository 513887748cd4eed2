import { DateTime } from 'luxon';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { LONDON } from '../../platform/calendar.ts';
import { DomainError, Forbidden, Invalid } from '../../platform/problems.ts';
import { findOrganisationsAndSites } from '../network/index.ts';
import type { RollupFilter } from './queries.ts';
import type { FftSplit } from './schema.ts';

// The period and filters of a dashboard request, checked once: dates in order and at most five years
// apart, organisations and sites of this network, and practice staff kept to their own practice.

const MAX_YEARS = 5;

export interface Period { fromDay: string; toDay: string }

export type NetworkDirectory = Awaited<ReturnType<typeof findOrganisationsAndSites>>;

/** Whether this person sees every practice (PCN staff: PCN manager, clinical director) or only their own and the network totals. */
export function seesAllPractices(actor: Actor): boolean {
  return actor.organisationKind === 'pcn';
}

/** The period asked for: `to` defaults to today (London), `from` to 12 months before `to` (plus a day). */
export function periodOf(q: { from?: string; to?: string }, now: Date, defaultMonths = 12): Period {
  const today = DateTime.fromJSDate(now, { zone: LONDON }).toISODate()!;
  const toDay = q.to ?? today;
  const fromDay = q.from ?? DateTime.fromISO(toDay).minus({ months: defaultMonths }).plus({ days: 1 }).toISODate()!;
  if (fromDay > toDay) throw new Invalid('analytics/reversed-period', `The period starts (${fromDay}) after it ends (${toDay}): swap the dates.`, q.from ? '/querystring/from' : '/querystring/to');
  if (DateTime.fromISO(toDay).diff(DateTime.fromISO(fromDay), 'years').years > MAX_YEARS) {
    throw new Invalid('analytics/period-too-long', `A period may be at most ${MAX_YEARS} years long; this one runs from ${fromDay} to ${toDay}.`, '/querystring/to');
  }
  return { fromDay, toDay };
}

/** The previous period of equal length, ending the day before this one starts. */
export function previousPeriod(p: Period): Period {
  const days = Math.round(DateTime.fromISO(p.toDay).diff(DateTime.fromISO(p.fromDay), 'days').days);
  const toDay = DateTime.fromISO(p.fromDay).minus({ days: 1 });
  return { fromDay: toDay.minus({ days }).toISODate()!, toDay: toDay.toISODate()! };
}

export interface Scope {
  filter: RollupFilter;
  directory: NetworkDirectory;
  /** The organisations whose own rows this person may see in breakdowns by organisation. */
  visibleOrganisations: Set<string>;
  label: string;
  /** What the satisfaction view's Friends and Family Test table is split by. */
  fftSplit: FftSplit;
  /**
   * The first London day whose Friends and Family Test answers are read from the answers themselves, the
   * days before it from the rollup (views.ts sets it from the last refresh); null or unset: every day from the answers.
   */
  fftLiveFrom?: string | null;
  /** Only the headline figures and notes are wanted (the evaluation report): a view reads nothing only its tables need. */
  headlineOnly?: boolean;
}

/** Checks the filters against the network and the person's access; the rollup filter to use. */
export async function scopeOf(db: Executor, actor: Actor, q: { organisationId?: string; siteId?: string; role?: string; mode?: string; nationalCategory?: string; split?: FftSplit }, period: Period): Promise<Scope> {
  const directory = await findOrganisationsAndSites(db, { networkId: actor.networkId });
  const org = q.organisationId ? directory.organisations.find((o) => o.id === q.organisationId) : undefined;
  if (q.organisationId && !org) throw new Invalid('analytics/unknown-organisation', 'There is no practice or hub with that id in this network.', '/querystring/organisationId');
  const all = seesAllPractices(actor);
  if (org && !all && org.id !== actor.organisationId) {
    throw new DomainError('forbidden', 'analytics/other-practice', 'You can see your own practice and the network totals; a PCN manager or clinical director can see every practice.', {}, [{ pointer: '/querystring/organisationId', detail: 'not your organisation' }]);
  }
  const site = q.siteId ? directory.sites.find((s) => s.id === q.siteId) : undefined;
  if (q.siteId && !site) throw new Invalid('analytics/unknown-site', 'There is no site with that id in this network.', '/querystring/siteId');
  if (site && org && site.organisation_id !== org.id) throw new Invalid('analytics/site-of-other-organisation', 'That site belongs to another organisation than the one chosen.', '/querystring/siteId');
  if (site && !all && site.organisation_id !== actor.organisationId) throw new Forbidden('analytics/other-practice', 'You can see the sites of your own practice only.');
  const visible = new Set(all ? directory.organisations.map((o) => o.id) : [actor.organisationId]);
  const siteOrg = site ? directory.organisations.find((o) => o.id === site.organisation_id) : undefined;
  return {
    filter: { networkId: actor.networkId, ...period, organisationId: q.organisationId, siteId: q.siteId, role: q.role, mode: q.mode, nationalCategory: q.nationalCategory },
    directory,
    visibleOrganisations: visible,
    fftSplit: q.split ?? 'practice',
    label: site ? `${site.name} (${siteOrg?.name ?? ''})` : org ? org.name : 'Whole network',
  };
}
