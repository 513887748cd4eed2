import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import type { RotaTemplateTable } from '../tables.ts';

export function findTemplates(db: Executor, p: { networkId: string; organisationId?: string; staffId?: string; activeOnly: boolean; after?: readonly [string, number, string, string]; limit: number }) {
  let q = db.selectFrom('rota_template as t')
    .innerJoin('staff', (j) => j.onRef('staff.network_id', '=', 't.network_id').onRef('staff.id', '=', 't.staff_id'))
    .selectAll('t').select('staff.display_name as staff_name')
    .where('t.network_id', '=', p.networkId);
  if (p.organisationId) q = q.where('t.organisation_id', '=', p.organisationId);
  if (p.staffId) q = q.where('t.staff_id', '=', p.staffId);
  if (p.activeOnly) q = q.where('t.active', '=', true);
  if (p.after) {
    const after = p.after;
    q = q.where((eb) => eb(eb.refTuple('t.organisation_id', 't.weekday', 't.start_time', 't.id'), '>', eb.tuple(after[0], after[1], after[2], after[3])));
  }
  return q.orderBy('t.organisation_id').orderBy('t.weekday').orderBy('t.start_time').orderBy('t.id').limit(p.limit).execute();
}
export type TemplateWithStaff = Awaited<ReturnType<typeof findTemplates>>[number];

export async function findTemplate(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('rota_template as t')
    .innerJoin('staff', (j) => j.onRef('staff.network_id', '=', 't.network_id').onRef('staff.id', '=', 't.staff_id'))
    .selectAll('t').select('staff.display_name as staff_name')
    .where('t.network_id', '=', p.networkId).where('t.id', '=', p.id).executeTakeFirst();
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
    .innerJoin('staff', (j) => j.onRef('staff.network_id', '=', 't.network_id').onRef('staff.id', '=', 't.staff_id'))
    .selectAll('t')
    .where('t.network_id', '=', p.networkId).where('t.active', '=', true).where('staff.active', '=', true)
    .where('t.valid_from', '<=', p.to)
    .where((eb) => eb.or([eb('t.valid_to', 'is', null), eb('t.valid_to', '>=', p.from)]));
  if (p.organisationId) q = q.where('t.organisation_id', '=', p.organisationId);
  return q.orderBy('t.id').execute();
}
