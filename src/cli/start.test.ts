import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { buildApp } from '../server/app.ts';
import { testConfig } from '../server/config.ts';
import { openTestDatabase } from '../../test/support/database.ts';
import { UsageError } from './args.ts';
import { workerCount } from './start.ts';

const pg = { engine: 'postgres', url: 'postgres://localhost/commons' } as const;
const embedded = { engine: 'pglite', dataDir: '/tmp/x' } as const;

describe('commons start --workers', () => {
  it('defaults to one per core on PostgreSQL and one on the embedded database', () => {
    expect(workerCount(undefined, pg, 4)).toBe(4);
    expect(workerCount(undefined, embedded, 4)).toBe(1);
    expect(workerCount('2', pg, 8)).toBe(2);
    expect(workerCount('1', embedded, 8)).toBe(1);
  });

  it.each(['0', '-1', '1.5', 'two', '257', ''])('refuses --workers %s with a one-line message', (n) => {
    expect(() => workerCount(n, pg, 2)).toThrow(UsageError);
  });

  it('refuses several workers on the embedded database, saying why', () => {
    expect(() => workerCount('2', embedded, 2)).toThrow(/needs PostgreSQL/);
  });
});

describe('rate limits shared across workers', () => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(); });
  afterAll(async () => { await database.close(); });

  /** How many anonymous triage assessments one address gets before 429, on a server that is one of `count` workers. */
  async function allowedBefore429(count: number) {
    const app = await buildApp({ database, config: testConfig, workers: { count, runsJobs: false } });
    try {
      for (let i = 1; i <= 40; i++) {
        const res = await app.inject({ method: 'POST', url: '/api/v1/triage/assess', payload: { age: 30, sex: 'female', text: 'sore throat for two days' } });
        if (res.statusCode === 429) return i - 1;
        expect(res.statusCode, res.body).toBe(200);
      }
      return 40;
    } finally {
      await app.close();
    }
  }

  it('each of N workers keeps 1/N of a route\'s limit (rounded up), so the port as a whole keeps the limit', async () => {
    expect(await allowedBefore429(1)).toBe(30);
    expect(await allowedBefore429(3)).toBe(10);
  });
});
