import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { SummaryColumns, type SummaryValues } from './cohort-columns.ts';

// Each server process keeps the summaries of a network it has counted as columns (cohort-columns.ts) and
// follows phm_summary_change (0038_phm_summary_changes.sql) before every count, so a change committed by
// any process is in the next count of every process:
//
// - the columns are loaded in one REPEATABLE READ transaction, page by page, and carry its snapshot;
// - before a count, one statement reads the changes of the transactions that snapshot did not see, and
//   that statement's own snapshot becomes the columns' (pg_current_snapshot()). A transaction that had not
//   committed when the last snapshot was taken is therefore read once it has, whatever the order of commits;
// - a change of a whole network (a full rewrite, TRUNCATE), a change the columns cannot apply, or a last
//   read older than the changes kept (CHANGES_KEPT) drops the columns and loads them again.
//
// While the columns are loading (or their load failed, or the changes could not be read), countCohort
// answers from SQL, as it does for the filters the columns do not hold and inside a transaction (whose own
// uncommitted writes only SQL sees).

/** The full recompute deletes changes older than this (recompute.ts). */
export const CHANGES_KEPT = '1 day';
/** Columns not brought up to date for this long are loaded again: half of CHANGES_KEPT, for a margin. */
const STALE_AFTER_MS = 12 * 3_600_000;
/** After a failed load, counts answer from SQL this long before another is tried. */
const RETRY_LOAD_AFTER_MS = 30_000;
const PAGE = 100_000;

/** The columns the index reads, from the summaries and from their changes alike; dates as day numbers. */
const COUNTED = sql`practice_id, (date_of_birth - date '1970-01-01') as born, (last_review_on - date '1970-01-01') as reviewed, sex, efi_category, imd_decile, register_mask, due_mask, multimorbidity`;

interface CountedRow { practice_id: string; born: number; reviewed: number | null; sex: string; efi_category: string | null; imd_decile: number | null; register_mask: number; due_mask: number; multimorbidity: number }

const valuesOf = (r: CountedRow): SummaryValues => ({
  practiceId: r.practice_id, born: Number(r.born), reviewed: r.reviewed === null ? null : Number(r.reviewed), sex: r.sex, efiCategory: r.efi_category,
  imdDecile: r.imd_decile === null ? null : Number(r.imd_decile), registerMask: Number(r.register_mask), dueMask: Number(r.due_mask), multimorbidity: Number(r.multimorbidity),
});

/** What the bench and the operator see of a network's columns. */
export interface CohortIndexState { rows: number; bytes: number; loadMs: number; loadedAt: Date }

class NetworkColumns {
  private columns: SummaryColumns | null = null;
  private snapshot = '';
  private refreshedAt = 0;
  private loading: Promise<void> | null = null;
  private failedAt = -Infinity;
  private running: Promise<boolean> | null = null;
  private queued: Promise<boolean> | null = null;
  state: CohortIndexState | null = null;

  constructor(private readonly db: Db, private readonly networkId: string) {}

  /** The columns, brought up to date after this call began; null while they load or when they cannot be. */
  async current(): Promise<SummaryColumns | null> {
    if (!this.columns) {
      if (Date.now() - this.failedAt >= RETRY_LOAD_AFTER_MS) void this.load().catch(() => {});
      return null;
    }
    return (await this.refresh()) ? this.columns : null;
  }

  get loaded() {
    return this.columns !== null;
  }

  /** Loads the columns (once, for every caller at the same time). */
  load(): Promise<void> {
    this.loading ??= this.read().then(
      (loaded) => { this.loading = null; Object.assign(this, loaded); },
      (e: unknown) => { this.loading = null; this.failedAt = Date.now(); console.warn(`cohort index of network ${this.networkId} not loaded (counts use SQL): ${(e as Error).message}`); throw e; },
    );
    return this.loading;
  }

  private async read() {
    const started = performance.now();
    return this.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(async (trx) => {
      const { rows: [s] } = await sql<{ snapshot: string }>`select pg_current_snapshot()::text as snapshot`.execute(trx);
      const { rows: [n] } = await sql<{ n: number }>`select count(*)::int as n from phm_patient_summary where network_id = ${this.networkId}::uuid`.execute(trx);
      const columns = new SummaryColumns(Math.ceil(Number(n.n) * 1.01) + 1024);
      // Keyset pages by the primary key: each page one statement, every page the transaction's snapshot.
      for (let after: string | null = null; ;) {
        const { rows } = await sql<CountedRow & { patient_id: string }>`select patient_id, ${COUNTED} from phm_patient_summary
          where network_id = ${this.networkId}::uuid ${after === null ? sql`` : sql`and patient_id > ${after}::uuid`} order by patient_id limit ${PAGE}`.execute(trx);
        for (const r of rows) columns.add(valuesOf(r));
        if (rows.length < PAGE) break;
        after = rows[rows.length - 1].patient_id;
      }
      const loadMs = performance.now() - started;
      return { columns, snapshot: s.snapshot, refreshedAt: Date.now(), state: { rows: columns.size, bytes: columns.bytes, loadMs, loadedAt: new Date() } };
    });
  }

  /**
   * Brings the columns up to date with a snapshot taken after this call: one refresh at a time; a caller
   * arriving while one runs waits for the next (the running one's snapshot may predate its arrival).
   */
  private refresh(): Promise<boolean> {
    if (this.queued) return this.queued;
    if (!this.running) return (this.running = this.readChanges().finally(() => { this.running = null; }));
    this.queued = this.running.catch(() => false).then(() => {
      this.queued = null;
      return (this.running = this.readChanges().finally(() => { this.running = null; }));
    });
    return this.queued;
  }

  private async readChanges(): Promise<boolean> {
    const columns = this.columns;
    if (!columns) return false;
    if (Date.now() - this.refreshedAt > STALE_AFTER_MS) return this.reload();
    let rows: (CountedRow & { snapshot: string; whole: boolean | null; sign: number | null })[];
    try {
      ({ rows } = await sql<CountedRow & { snapshot: string; whole: boolean | null; sign: number | null }>`
        select s.snapshot::text as snapshot, c.whole, c.sign, ${COUNTED}
        from (select pg_current_snapshot() as snapshot) s
        left join phm_summary_change c on c.txid >= pg_snapshot_xmin(${this.snapshot}::pg_snapshot) and not pg_visible_in_snapshot(c.txid, ${this.snapshot}::pg_snapshot)
          and (c.network_id = ${this.networkId}::uuid or c.network_id is null)
        order by c.id`.execute(this.db));
    } catch (e) {
      console.warn(`cohort index of network ${this.networkId} could not read its changes (counts use SQL): ${(e as Error).message}`);
      return this.reload();
    }
    const changes = rows.filter((r) => r.sign !== null);
    if (rows.some((r) => r.whole) || !columns.apply(changes.map((r) => ({ sign: Number(r.sign), values: valuesOf(r) })))) return this.reload();
    this.snapshot = rows[0].snapshot;
    this.refreshedAt = Date.now();
    if (this.state) Object.assign(this.state, { rows: columns.size, bytes: columns.bytes });
    return true;
  }

  private reload() {
    this.columns = null;
    void this.load().catch(() => {});
    return false;
  }
}

const networks = new WeakMap<Db, Map<string, NetworkColumns>>();

function networkColumns(db: Db, networkId: string) {
  let byNetwork = networks.get(db);
  if (!byNetwork) networks.set(db, (byNetwork = new Map()));
  let n = byNetwork.get(networkId);
  if (!n) byNetwork.set(networkId, (n = new NetworkColumns(db, networkId)));
  return n;
}

/** The network's summaries as columns, current as of a moment after this call; null (count in SQL) while they load. */
export const cohortColumns = (db: Db, networkId: string) => networkColumns(db, networkId).current();

/** Loads the network's columns now (or waits for the load under way): the bench, and tests comparing the two ways. */
export async function loadCohortIndex(db: Db, networkId: string): Promise<CohortIndexState> {
  const n = networkColumns(db, networkId);
  if (!n.loaded) await n.load();
  return n.state!;
}
