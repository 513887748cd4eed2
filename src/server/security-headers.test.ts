import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';

// Every answer carries the security headers, worked out once at start (security-headers.ts): a
// successful one, a refusal for bad input, an unknown path and a failed sign-in alike.

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(() => t.close());

it('sends the same security headers on every kind of answer', async () => {
  const answers = [
    await t.anonymous.get('/api/v1/health'),
    await t.anonymous.get('/api/v1/no-such-thing'),
    await t.anonymous.post('/api/v1/identity/login', { email: 'not an email', password: '' }),
    await t.anonymous.get('/api/v1/booking/slots'),
  ];
  expect(answers.map((a) => a.statusCode)).toEqual([200, 404, 400, 401]);
  for (const a of answers) {
    expect(a.headers['content-security-policy']).toBe("default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';connect-src 'self'");
    expect(a.headers).toMatchObject({
      'strict-transport-security': 'max-age=31536000; includeSubDomains', 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer', 'cross-origin-opener-policy': 'same-origin', 'cross-origin-resource-policy': 'same-origin',
    });
  }
});
