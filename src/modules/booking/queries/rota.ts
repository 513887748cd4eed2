import type { Insertable, Selectable, Updateable } from 'kysely';
import { activeStaffIds, staffNames } from '../../identity/index.ts';
import type { Executor } from '../../../db/database.ts';
import type { RotaTemplateTable } from '../tables.ts';

/** Templates with the name of the person each is for (identity's names, from memory). */
async function withStaffNames(db: Executor, networkId: string, rows: Selectable<RotaTemplateTable>[]) {
  const names = await staffNames(db, { networkId, ids: rows.map((t) => t.staff_id) });
  return rows.map((t) => ({ ...t, staff_name: names.get(t.staff_id) ?? '' }));
}

export async function findTemplates(db: Executor, p: { networkId: string; organisationId?: string; staffId?: string; activeOnly: boolean; after?: readonly [string, number, string, string]; limit: number }) {
  let q = db.selectFrom('rota_template as t').selectAll('t')
    .where('t.network_id', '=', p.networkId);
  if (p.organisationId) q = q.where('t.organisation_id', '=', p.organisationId);
  if (p.staffId) q = q.where('t.staff_id', '=', p.staffId);
  if (p.activeOnly) q = q.where('t.active', '=', true);
  if (p.after) {
    const after = p.after;
    q = q.where((eb) => eb(eb.refTuple('t.organisation_id', 't.weekday', 't.start_time', 't.id'), '>', eb.tuple(after[0], after[1], after[2], after[3])));
  }
  return withStaffNames(db, p.networkId, await q.orderBy('t.organisation_id').orderBy('t.weekday').orderBy('t.start_time').orderBy('t.id').limit(p.limit).execute());
}
export type TemplateWithStaff = Awaited<ReturnType<typeof findTemplates>>[number];

export async function findTemplate(db: Executor, p: { networkId: string; id: string }) {
  const row = await db.selectFrom('rota_template as t').selectAll('t').where('t.network_id', '=', p.networkId).where('t.id', '=', p.id).executeTakeFirst();
  return row && (await withStaffNames(db, p.networkId, [row]))[0];
}

export async function insertTemplate(db: Executor, row: Insertable<RotaTemplateTable>) {
  await db.insertInto('rota_template').values(row).execute();
}

export async function updateTemplate(db: Executor, p: { networkId: string; id: string; set: Updateable<RotaTemplateTable> }) {
  await db.updateTable('rota_template').set(p.set).where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}

/** Active templates of staff still working, for generation. */
export function findTemplatesToExpand(db: Executor, p: { networkId: string; organisationId?: string; from: string; to: string }) {
  let q = db.selectFrom('rota_template as t')
    .selectAll('t')
    .where('t.network_id', '=', p.networkId).where('t.active', '=', true).where('t.staff_id', 'in', activeStaffIds(db, p.networkId))
    .where('t.valid_from', '<=', p.to)
    .where((eb) => eb.or([eb('t.valid_to', 'is', null), eb('t.valid_to', '>=', p.from)]));
  if (p.organisationId) q = q.where('t.organisation_id', '=', p.organisationId);
  return q.orderBy('t.id').execute();
}
