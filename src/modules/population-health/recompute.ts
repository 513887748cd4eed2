import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { CHANGES_KEPT } from './cohort-index.ts';
import { computeCtes, registerNamesSql, summaryDiffSql, summaryDiffWriteCtes, summaryInsertAllSql, summaryWriteSql, type RecomputeParams } from './summary-sql.ts';

// Writing phm_patient_summary (the SQL is in summary-sql.ts) in one of three ways:
//
// - for one patient (or a few), in the writer's transaction: only rows that differ are written;
// - in full into a table that holds no summaries (a new installation, a board bringing its practices in):
//   a plain INSERT with every index set aside and built again afterwards;
// - in full into a filled table: the summaries that differ from the stored ones are computed into a temporary
//   table. When few differ (the nightly case) only those are written (an UPDATE of those that differ, an
//   INSERT of new ones, a DELETE of those whose patient has gone): each rewritten row costs its heap tuple,
//   its index entries and a cleared visibility-map bit, which the cohorts' index-only scans need set. When
//   many differ (new register definitions, a bulk load, a year of ages and lapsed reviews), the network's
//   summaries are emptied and written again as into an empty table (recomputeFilled): at 1.5 million people
//   the compared write cost about 4.7 s per 100,000 rows rewritten (29.8 s for 342,934 against 13.5 s for
//   none, load 3.5), so rewriting all of them took over 60 s, where the empty-table write takes about 25 s.
//
// computed_at is the time a row was last written; the last full recompute of a network is kept in phm_recompute.

/** Above this share of a network's summaries to rewrite, a full recompute empties them and writes every one (from the figures above, the two ways cost about the same near a fifth). */
export const REWRITE_ALL_ABOVE = 0.2;

/** Recomputes the summaries of a network (all its patients, or only `patientIds`) as of `today` (YYYY-MM-DD); the number of patients computed. */
export async function recomputeSummaries(db: Executor, p: RecomputeParams): Promise<number> {
  return (await recomputeSummariesCounted(db, p)).computed;
}

/**
 * As recomputeSummaries, also saying how many summaries were written (new or changed) and removed, and
 * whether a full recompute wrote every summary afresh (`rewroteAll`). `rewriteAllAbove` (0 to 1, default
 * REWRITE_ALL_ABOVE): the share of summaries to rewrite above which a full recompute of a filled table
 * rewrites them all; 1 keeps the compared write whatever changed, 0 always rewrites.
 */
export async function recomputeSummariesCounted(db: Executor, p: RecomputeParams & { rewriteAllAbove?: number }) {
  const ids = p.patientIds ? [...new Set(p.patientIds)] : undefined;
  if (ids && ids.length === 0) return { computed: 0, written: 0, removed: 0, rewroteAll: false };
  if (ids) {
    const { rows: [counted] } = await summaryWriteSql({ ...p, patientIds: ids }).execute(db);
    return { computed: Number(counted.computed), written: Number(counted.written), removed: Number(counted.removed), rewroteAll: false };
  }
  // A full recompute asks for hash joins (for this statement only: SET LOCAL lasts to the end of the
  // caller's transaction, RESET puts the default back): the planner cannot estimate the folded masks and
  // picked nested loops over hundreds of thousands of rows. Disabling nested loops adds the "disable
  // cost" (10^10) to the plan's estimate, which then passes every JIT threshold: compiling took 3.2 s of
  // a 5.7 s recompute of 50,000 patients. The statement runs once, so JIT never pays: off too. Merge
  // joins off as well: misjudging the sizes again, the planner sorted 1.5 million rows on disk twice to
  // merge-join them with the 4,096 register masks, where a hash of the masks does it in one pass.
  // And room to hash and keep the folded rows in memory (at least 256 MB for this one statement): with the
  // bench's 64 MB the per-person medicines and the masks of 1.5 million people spilled to disk.
  // set_config(…, true) is SET LOCAL; set_config(name, reset_val, false) is RESET.
  await sql`select set_config('enable_nestloop', 'off', true), set_config('enable_mergejoin', 'off', true), set_config('jit', 'off', true),
    set_config('work_mem', greatest((select setting::bigint from pg_settings where name = 'work_mem'), 262144)::text || 'kB', true)`.execute(db);
  const counted = await recomputeAll(db, p, p.rewriteAllAbove ?? REWRITE_ALL_ABOVE);
  await sql`select set_config(name, reset_val, false) from pg_settings where name in ('enable_nestloop', 'enable_mergejoin', 'jit', 'work_mem')`.execute(db);
  await sql`insert into phm_recompute (network_id, computed_at) values (${p.networkId}::uuid, ${p.now.toISOString()}::timestamptz)
    on conflict (network_id) do update set computed_at = excluded.computed_at`.execute(db);
  // The cohort indexes' change log is kept a day (cohort-index.ts: a process that has not read it since loads afresh).
  await sql`delete from phm_summary_change where changed_at < now() - ${CHANGES_KEPT}::interval`.execute(db);
  return counted;
}

async function recomputeAll(db: Executor, p: RecomputeParams, rewriteAllAbove: number) {
  // Outside a transaction there is no lock to hold nor temporary table to keep: the one compared statement.
  if (!db.isTransaction) {
    const { rows: [c] } = await summaryWriteSql(p).execute(db);
    return { computed: Number(c.computed), written: Number(c.written), removed: Number(c.removed), rewroteAll: false };
  }
  const setAside = await setIndexesAsideWhenEmpty(db);
  if (setAside) {
    const { rows: [c] } = await summaryInsertAllSql(p).execute(db);
    await setAside.restore();
    return { computed: Number(c.computed), written: Number(c.written), removed: 0, rewroteAll: true };
  }
  return recomputeFilled(db, p, rewriteAllAbove);
}

/**
 * A full recompute of a filled table (see the top of this file). The summaries that differ (new, changed or
 * gone) are computed into a temporary table; when few, they are written as they are; when many, the network's
 * summaries are emptied and written again: the unchanged ones as they were (copied aside first), the others
 * afresh, with the indexes set aside. With nothing changed this costs what the one compared statement cost,
 * plus an empty temporary table and a count.
 *
 * From the start it holds SHARE ROW EXCLUSIVE on the summaries: readers go on reading the stored rows, while
 * a record written meanwhile waits to write its patient's summary until this one commits (and then writes it
 * from its own record), so no summary computed here from an older record overwrites a newer one. Rewriting
 * every summary then takes ACCESS EXCLUSIVE: readers wait for the new rows (20–40 s at 1.5 million) rather
 * than see a half-written table.
 */
async function recomputeFilled(db: Executor, p: RecomputeParams, rewriteAllAbove: number) {
  await sql`lock table phm_patient_summary in share row exclusive mode`.execute(db);
  await sql`create temporary table phm_recompute_diff on commit drop as with ${computeCtes(p)} ${summaryDiffSql(p, sql`fresh`)}`.execute(db);
  const { rows: [n] } = await sql<{ stored: number; differing: number; added: number; gone: number }>`
    select (select count(*) from phm_patient_summary where network_id = ${p.networkId}::uuid)::int as stored, (select count(*) from phm_recompute_diff)::int as differing,
      (select count(*) from phm_recompute_diff where stored_id is null)::int as added, (select count(*) from phm_recompute_diff where patient_id is null)::int as gone`.execute(db);
  const [stored, differing, added, removed] = [Number(n.stored), Number(n.differing), Number(n.added), Number(n.gone)];
  const computed = stored - removed + added;
  let written: number;
  const rewroteAll = rewriteAllAbove < 1 && differing > rewriteAllAbove * stored;
  if (rewroteAll) {
    await sql`create temporary table phm_recompute_kept on commit drop as
      select * from phm_patient_summary s where s.network_id = ${p.networkId}::uuid and not exists (select 1 from phm_recompute_diff d where d.stored_id = s.patient_id)`.execute(db);
    await emptyNetworkSummaries(db, p.networkId);
    const setAside = await setIndexesAside(db);
    await sql`insert into phm_patient_summary select * from phm_recompute_kept`.execute(db);
    const { rows: [c] } = await summaryInsertAllSql(p, sql`select * from phm_recompute_diff where patient_id is not null`).execute(db);
    await setAside.restore();
    await sql`drop table phm_recompute_kept`.execute(db);
    written = Number(c.written);
  } else {
    const { rows: [c] } = await sql<{ written: number }>`
      with names as (${registerNamesSql()}), diff as (select * from phm_recompute_diff),
      ${summaryDiffWriteCtes(p)}
      select (select count(*) from changed)::int + (select count(*) from added)::int as written, (select count(*) from removed)::int as removed`.execute(db);
    written = Number(c.written);
  }
  // Dropped now (a caller may run several recomputes in one transaction); after an error the rollback drops it.
  await sql`drop table phm_recompute_diff`.execute(db);
  return { computed, written, removed, rewroteAll };
}

/**
 * Removes the network's summaries under ACCESS EXCLUSIVE: TRUNCATE when the table holds no other network's
 * (it leaves no dead rows for the insert and the index builds to pass), else DELETE. TRUNCATE is not MVCC-safe
 * for a REPEATABLE READ transaction whose snapshot is older than this commit (it would find the table empty);
 * the module reads the summaries one statement at a time, in READ COMMITTED.
 */
async function emptyNetworkSummaries(db: Executor, networkId: string) {
  await sql`lock table phm_patient_summary in access exclusive mode`.execute(db);
  const { rows: [o] } = await sql<{ others: boolean }>`
    select exists (select 1 from phm_patient_summary where network_id < ${networkId}::uuid or network_id > ${networkId}::uuid) as others`.execute(db);
  if (o.others) await sql`delete from phm_patient_summary where network_id = ${networkId}::uuid`.execute(db);
  else await sql`truncate phm_patient_summary`.execute(db);
}

/**
 * The first full recompute, into a table that holds no summaries at all: the indexes are set aside
 * (setIndexesAside) under an ACCESS EXCLUSIVE lock, which makes readers and writers of the summaries wait,
 * no loss while there is nothing to read, and means no other writer can add a summary (the plain INSERT needs
 * no ON CONFLICT). Null when the table is not empty.
 */
async function setIndexesAsideWhenEmpty(db: Executor): Promise<{ restore(): Promise<void> } | null> {
  const empty = async () => (await sql<{ empty: boolean }>`select not exists (select 1 from phm_patient_summary) as empty`.execute(db)).rows[0].empty;
  if (!(await empty())) return null;
  await sql`lock table phm_patient_summary in access exclusive mode`.execute(db);
  // Someone may have written a summary between the look and the lock: then the indexes stay.
  if (!(await empty())) return null;
  return setIndexesAside(db);
}

/**
 * Drops every index of the summaries, the primary key's too, to build each again after a write of every row
 * from its own definition (pg_indexes). Building an index over 1.5 million rows is a sort; entering the rows one
 * by one cost more than half of that write (at load 7 on 2 cores, 1.5 million summaries inserted in 72 s with the
 * indexes in place, 38 s dropping and rebuilding the secondary ones), and the primary key's entries arrive in
 * random order (ids are random). Only inside a transaction holding ACCESS EXCLUSIVE on the table, so a failure
 * rolls the drop back too and nobody reads the table without its indexes.
 */
async function setIndexesAside(db: Executor): Promise<{ restore(): Promise<void> }> {
  const { rows } = await sql<{ name: string; definition: string; constraint: string | null }>`
    select i.indexname as name, i.indexdef as definition, c.conname as constraint
    from pg_indexes i left join pg_constraint c on c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass and c.contype = 'p'
    where i.schemaname = current_schema() and i.tablename = 'phm_patient_summary' order by i.indexname`.execute(db);
  for (const r of rows) {
    if (r.constraint) await sql`alter table phm_patient_summary drop constraint ${sql.id(r.constraint)}`.execute(db);
    else await sql`drop index ${sql.id(r.name)}`.execute(db);
  }
  return {
    async restore() {
      for (const r of rows) {
        await sql.raw(r.definition).execute(db);
        // The primary key comes back as the constraint it was, on the unique index just built.
        if (r.constraint) await sql`alter table phm_patient_summary add constraint ${sql.id(r.constraint)} primary key using index ${sql.id(r.name)}`.execute(db);
      }
    },
  };
}

/** When the summaries were last known current: the newer of the last full recompute and the newest summary written since. */
export async function summariesComputedAt(db: Executor, networkId: string, patientId?: string): Promise<Date | null> {
  const { rows: [r] } = await sql<{ at: Date | null }>`
    select greatest((select computed_at from phm_recompute where network_id = ${networkId}::uuid),
      (select max(computed_at) from phm_patient_summary where network_id = ${networkId}::uuid${patientId ? sql` and patient_id = ${patientId}::uuid` : sql``})) as at`.execute(db);
  return r?.at ? new Date(r.at) : null;
}
