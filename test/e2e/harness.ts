import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFailed } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { testConfig } from '../../src/server/config.ts';
import type { Database } from '../../src/db/database.ts';
import { openTestDatabase } from '../support/database.ts';
import { factories, type World } from '../support/factories.ts';

// Shared set-up of the browser tests: a fresh in-memory database with the factories' world, the real
// server on a free port serving the built web app, and Debian's chromium driven by playwright-core.

export const CHROMIUM = '/usr/bin/chromium';

export interface Harness {
  database: Database;
  w: World;
  app: FastifyInstance;
  browser: Browser;
  /** http://127.0.0.1:<port> */
  base: string;
}

/**
 * Starts everything. Without chromium nothing is set up and undefined comes back: the test then
 * fails (never skips) through requireHarness. `seed` adds a test's own rows before the server starts.
 */
export async function startHarness(seed?: (database: Database, w: World) => Promise<void>): Promise<Harness | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  if (!existsSync('dist/web/index.html')) throw new Error('dist/web is missing: run npm run build:web first (npm run test:e2e does)');

  const database = await openTestDatabase();
  try {
    const w = await factories(database.db).world();
    if (seed) await seed(database, w);

    return { ...(await serveAndLaunch(database)), database, w };
  } catch (e) {
    await database.close();
    throw e;
  }
}

/** The server on a free port serving dist/web, and chromium; the caller closes the database on failure. */
async function serveAndLaunch(database: Database) {
  const app = await buildApp({ database, config: { ...testConfig, webDir: 'dist/web' } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  }).catch(async (e) => {
    await app.close();
    throw e;
  });
  return { app, browser, base };
}

/**
 * Like startHarness, on an empty database (no factories' world): for journeys that start from
 * nothing, such as a network made by `commons init`. `seed` runs before the server starts.
 */
export async function startEmptyHarness(seed: (database: Database) => Promise<void>): Promise<Omit<Harness, 'w'> | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  if (!existsSync('dist/web/index.html')) throw new Error('dist/web is missing: run npm run build:web first (npm run test:e2e does)');
  const database = await openTestDatabase();
  try {
    await seed(database);
    return { ...(await serveAndLaunch(database)), database };
  } catch (e) {
    await database.close();
    throw e;
  }
}

/** Fail, not skip: a missing browser must not look like a passing suite. */
export function requireHarness<H extends Omit<Harness, 'w'>>(h: H | undefined): H {
  if (!h) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests`);
  return h;
}

export async function stopHarness(h: Omit<Harness, 'w'> | undefined) {
  await h?.browser.close();
  await h?.app.close();
  await h?.database.close();
}

/** A page in a fresh context (its own cookies), in English, on London time. */
export async function openPage(h: Omit<Harness, 'w'>, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await h.browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'en-GB', timezoneId: 'Europe/London', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/**
 * Collects uncaught errors and console errors from the page. The browser logs every 4xx response as a
 * console error; the statuses in `expected` (for example 401 from the session check) are not counted.
 */
export function collectErrors(page: Page, expected: number[] = [401]): string[] {
  const errors: string[] = [];
  const ignore = new RegExp(`status of (${expected.join('|')})`);
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !(expected.length && ignore.test(m.text()))) errors.push(m.text()); });
  return errors;
}

/** On failure, a full-page screenshot of each page named, in the temporary directory. */
export function screenshotOnFailure(pages: () => Record<string, Page | undefined>) {
  onTestFailed(async () => {
    for (const [name, page] of Object.entries(pages())) {
      if (!page || page.isClosed()) continue;
      const path = join(tmpdir(), `commons-e2e-failure-${name}.png`);
      await page.screenshot({ path, fullPage: true }).catch(() => {});
      console.error(`Screenshot of the failure: ${path}`);
    }
  });
}

/** Signs in through the staff sign-in page. */
export async function signIn(page: Page, base: string, email: string, password: string, beforeSubmit?: () => Promise<void>) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email address').fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  if (beforeSubmit) await beforeSubmit();
  await page.getByRole('button', { name: 'Sign in' }).click();
}
