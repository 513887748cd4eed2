import { DateTime } from 'luxon';
import type { Db } from '../../db/database.ts';
import type { Insertable } from 'kysely';
import type { SlotTable } from './tables.ts';
import { newId } from '../../platform/ids.ts';
import { findBlocks } from './queries/blocks-quotas.ts';
import { findTemplatesToExpand } from './queries/rota.ts';
import { insertSlots } from './queries/slots.ts';
import type { GenerateSlotsResult } from './rota-schema.ts';
import { expandTemplate, londonDay, type BlockedPeriod } from './slot-generation.ts';
import { bankHolidays, LONDON } from '../../platform/calendar.ts';

/**
 * Expands active rota templates into slots for `weeks` weeks from `from` (a London date), skipping
 * bank holidays and leave/closures. Safe to run again: a slot already there is left as it is.
 */
export async function generateSlots(db: Db, p: { networkId: string; organisationId?: string; from: string; weeks: number }): Promise<GenerateSlotsResult> {
  const first = DateTime.fromISO(p.from, { zone: LONDON }).startOf('day');
  const to = first.plus({ days: p.weeks * 7 - 1 }).toISODate()!;
  const templates = await findTemplatesToExpand(db, { networkId: p.networkId, organisationId: p.organisationId, from: p.from, to });
  const blocks = await findBlocks(db, { networkId: p.networkId, from: first.toJSDate(), to: first.plus({ weeks: p.weeks }).toJSDate() });
  const holidays = bankHolidays.between(p.from, to).map(londonDay);
  const rows: Insertable<SlotTable>[] = [];
  let possible = 0;
  for (const t of templates) {
    const applies = blocks.filter((b) => (!b.staff_id || b.staff_id === t.staff_id) && (!b.site_id || b.site_id === t.site_id) && (!b.organisation_id || b.organisation_id === t.organisation_id));
    const leave: BlockedPeriod[] = applies.map((b) => ({ startsAt: b.starts_at, endsAt: b.ends_at }));
    possible += expandTemplate(t, p.from, to, holidays).length;
    for (const s of expandTemplate(t, p.from, to, [...holidays, ...leave])) {
      rows.push({
        network_id: p.networkId, id: newId(), template_id: t.id, staff_id: t.staff_id, organisation_id: t.organisation_id, site_id: t.site_id, service_id: t.service_id,
        role: t.role, mode: t.mode, national_category: t.national_category, start_at: s.startAt, end_at: s.endAt, channels: s.channels, opens_at: s.opensAt,
      });
    }
  }
  const created = await insertSlots(db, rows);
  return { from: p.from, to, templates: templates.length, created, alreadyPresent: rows.length - created, skippedBlocked: possible - rows.length };
}
