import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { initCommand } from '../../src/cli/init.ts';
import { collectErrors, openPage, requireHarness, screenshotOnFailure, signIn, startEmptyHarness, stopHarness } from './harness.ts';

// A new network from nothing: `commons init` makes the network and its administrator; the
// administrator signs in, adds a practice and a hub with a site, and invites a receptionist, who
// opens the invitation link, chooses a password and is signed in. SCREENSHOTS=1 also refreshes the
// pictures in docs/user-guide/img/.

const SHOTS = process.env.SCREENSHOTS === '1';
const IMG = 'docs/user-guide/img';
const ADMIN = { email: 'ada.admin@brook.test', password: 'copper lantern riverside' };

let h: Awaited<ReturnType<typeof startEmptyHarness>>;
let page: Page | undefined;
let joiner: Page | undefined;

async function shot(p: Page, name: string) {
  if (!SHOTS) return;
  for (const close of await p.locator('.mantine-Notification-root button').all()) await close.click().catch(() => {});
  await p.waitForTimeout(400);
  await p.screenshot({ path: `${IMG}/${name}.png` });
}

/** Chooses an option of a Mantine Select inside `scope`. */
async function choose(scope: Locator, label: string, option: string) {
  await scope.getByRole('textbox', { name: new RegExp(`^${label}`) }).or(scope.getByRole('combobox', { name: new RegExp(`^${label}`) })).first().click();
  await scope.page().getByRole('option', { name: option, exact: true }).click();
}

beforeAll(async () => {
  h = await startEmptyHarness(async (database) => {
    const code = await initCommand(
      ['--network-name', 'Brook Valley PCN', '--admin-name', 'Ada Admin', '--admin-email', ADMIN.email],
      { term: { input: process.stdin, output: process.stderr }, env: { COMMONS_ADMIN_PASSWORD: ADMIN.password }, log: () => {}, error: (l) => console.error(l), openDatabase: async () => ({ ...database, close: async () => {} }) },
    );
    expect(code).toBe(0);
  });
  if (SHOTS) mkdirSync(IMG, { recursive: true });
});

afterAll(async () => {
  await stopHarness(h);
});

describe('setting up a new network', () => {
  it('an administrator made by commons init adds a practice and a hub with a site, and invites a receptionist who signs in', async () => {
    const harness = requireHarness(h);
    page = await openPage(harness);
    screenshotOnFailure(() => ({ admin: page, joiner }));
    const errors = collectErrors(page);

    await signIn(page, harness.base, ADMIN.email, ADMIN.password);
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { name: 'Administration: Brook Valley PCN' }).waitFor();

    // A practice, by its ODS code.
    await page.getByRole('button', { name: 'Add an organisation' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Brook Lane Surgery');
    await dialog.getByLabel('ODS code').fill('y12345');
    await dialog.getByLabel('Postcode').fill('LS6 1AA');
    await dialog.getByRole('button', { name: 'Add organisation' }).click();
    await page.getByRole('cell', { name: 'Brook Lane Surgery' }).waitFor();
    await page.getByRole('cell', { name: 'Y12345' }).waitFor();

    // A hub, then its site with evening and Saturday hours.
    await page.getByRole('button', { name: 'Add an organisation' }).click();
    dialog = page.getByRole('dialog');
    await choose(dialog, 'Kind', 'Hub');
    await dialog.getByLabel('Name').fill('Brook Valley Hub');
    await dialog.getByRole('button', { name: 'Add organisation' }).click();
    await page.getByRole('cell', { name: 'Brook Valley Hub' }).waitFor();

    await page.getByRole('button', { name: 'Add a site' }).click();
    dialog = page.getByRole('dialog');
    await choose(dialog, 'Organisation', 'Brook Valley Hub');
    await dialog.getByLabel('Site name').fill('Hub at Brook Lane');
    await dialog.getByLabel('Monday').fill('18:30-20:00');
    await dialog.getByLabel('Saturday').fill('09:00-13:00');
    await dialog.getByLabel('Step-free access').check();
    await shot(page, 'admin-add-site');
    await dialog.getByRole('button', { name: 'Add site' }).click();
    await page.getByRole('cell', { name: 'Hub at Brook Lane' }).waitFor();
    await shot(page, 'admin-organisations');

    // Invite a receptionist at the practice.
    await page.getByRole('tab', { name: 'Staff' }).click();
    await page.getByRole('button', { name: 'Invite a staff member' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Full name').fill('Rosa Reception');
    await dialog.getByLabel('Work email address').fill('rosa@brook.test');
    await choose(dialog, 'Organisation', 'Brook Lane Surgery');
    await choose(dialog, 'Role', 'Receptionist');
    await dialog.getByRole('button', { name: 'Invite' }).click();
    const link = (await page.getByTestId('shown-once').innerText()).trim();
    expect(link).toMatch(new RegExp(`^${harness.base}/set-password#[0-9a-f-]{36}\\.`));
    await shot(page, 'admin-invitation-link');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('cell', { name: 'rosa@brook.test' }).waitFor();
    await expect(page.getByText('invited', { exact: true }).isVisible()).resolves.toBe(true);

    // The receptionist opens the link in a browser of their own.
    joiner = await openPage(harness);
    const joinerErrors = collectErrors(joiner);
    await joiner.goto(link);
    await joiner.getByRole('heading', { name: 'Welcome, Rosa Reception' }).waitFor();
    await joiner.getByLabel('New password').fill('rosa chooses a long one');
    await joiner.getByLabel('The same password again').fill('rosa chooses a long one');
    await shot(joiner, 'set-password');
    await joiner.getByRole('button', { name: 'Set password and sign in' }).click();
    await joiner.getByRole('heading', { name: 'Find a patient' }).waitFor();
    await expect(joiner.getByText('Rosa Reception').first().isVisible()).resolves.toBe(true);

    // The administrator sees her as active now.
    await page.reload();
    await page.getByRole('tab', { name: 'Staff' }).click();
    await page.getByRole('cell', { name: 'rosa@brook.test' }).waitFor();
    await expect(page.getByText('active', { exact: true }).first().isVisible()).resolves.toBe(true);

    expect(errors).toEqual([]);
    expect(joinerErrors).toEqual([]);
  });
});
