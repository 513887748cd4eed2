import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { API_TYPES_FILE, apiTypesFor } from '../../bin/api-types.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('web/src/api/schema.ts matches the OpenAPI document (run "npm run api:types" after changing a route)', async () => {
  const expected = await apiTypesFor(t.app.swagger());
  const committed = readFileSync(API_TYPES_FILE, 'utf8');
  expect(committed === expected, 'web/src/api/schema.ts is stale: run "npm run api:types" and commit the result').toBe(true);
});
