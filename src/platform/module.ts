import type { SelectQueryBuilder } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { Actor } from './actor.ts';
import type { AppDeps, ModuleRoutes } from './deps.ts';

/**
 * A care relationship a module records between staff and patients (an appointment, a consultation,
 * a referral): one of the ways the patient-access rule lets someone outside the patient's practice
 * see them. As SQL, so a single read and a list or search apply the same rule.
 */
export interface PatientRelationship {
  /** What the relationship is, in a word: "appointment", "consultation". */
  name: string;
  /**
   * The ids of the patients this staff member (or their organisation) has this relationship with,
   * as a query selecting one column `patient_id`; null when the relationship cannot apply to this actor.
   */
  patientIds(db: Executor, actor: Actor): SelectQueryBuilder<any, any, { patient_id: string }> | null;
}

/** Work a module does in the background while the server runs (sending the outbox). */
export interface BackgroundJob {
  name: string;
  /** How often to run, in milliseconds, from the environment; 0 means never on a timer. */
  intervalMs(env: NodeJS.ProcessEnv): number;
  run(deps: AppDeps): Promise<unknown>;
}

/** A number a module reports at /metrics, as a Prometheus gauge read at each scrape (keep it one indexed query). */
export interface ModuleGauge {
  /** The metric name, `commons_<module>_<what>`. */
  name: string;
  help: string;
  read(deps: AppDeps): Promise<number>;
}

/** A `commons <name>` command a module adds to the CLI. */
export interface CliCommand {
  name: string;
  /** One line for `commons --help`: the arguments, then what it does. */
  usage: string;
  summary: string;
  run(argv: string[]): Promise<number>;
}

/**
 * What a module declares in its index.ts and the app assembles: the server registers its routes
 * under /api/v1/<prefix> and schedules its jobs, the CLI offers its commands, the patient-access
 * rule includes its relationships, and the boundary test keeps other modules' SQL off its tables.
 * Its migrations stay with the others in src/db/migrations (one ordered history for both engines).
 */
export interface CommonsModule {
  name: string;
  /** The tables its migrations create; only this module's queries may name them. */
  tables: readonly string[];
  routes?: { prefix: string; plugin: ModuleRoutes };
  patientRelationships?: readonly PatientRelationship[];
  jobs?: readonly BackgroundJob[];
  commands?: readonly CliCommand[];
  gauges?: readonly ModuleGauge[];
}

/** Tables below the modules: migrations bookkeeping, idempotency keys (src/platform/idempotency.ts) and bank holidays loaded by an operator (src/platform/bank-holidays). */
export const PLATFORM_TABLES = ['schema_migration', 'idempotency_key', 'bank_holiday'] as const;
