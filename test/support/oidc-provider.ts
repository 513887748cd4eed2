import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider (oidc-provider) on a loopback port, with one confidential client.
 * Any login name is accepted as an account (its subject) whose email is that name; `emails` overrides
 * the email a login name gets (null: the provider shares no email).
 */
export async function startOidcProvider(p: { clientId: string; clientSecret: string; redirectUri: string; emails?: Record<string, string | null> }) {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: p.clientId, client_secret: p.clientSecret, redirect_uris: [p.redirectUri], token_endpoint_auth_method: 'client_secret_post' }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['test-cookie-key-not-secret'] },
    async findAccount(_ctx, id) {
      const email = p.emails && id in p.emails ? p.emails[id] : id;
      return { accountId: id, claims: async () => ({ sub: id, ...(email ? { email, email_verified: true } : {}), name: `Person ${id}` }) };
    },
  });
  handler = provider.callback();

  /**
   * Plays the person at the provider: follows its redirects, fills in its development login and
   * consent forms, and returns the URL it finally sends the browser to (our callback, with code and state).
   */
  async function signIn(authorizationUrl: string, login: string): Promise<URL> {
    const jar = new Map<string, string>();
    const send = async (url: string, init: RequestInit = {}) => {
      const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const eq = pair.indexOf('=');
        jar.set(pair.slice(0, eq), pair.slice(eq + 1));
      }
      return res;
    };
    let url = authorizationUrl;
    for (let step = 0; step < 12; step++) {
      if (url.startsWith(p.redirectUri)) return new URL(url);
      const interaction = /\/interaction\/([^/?]+)$/.exec(new URL(url).pathname);
      let res: Response;
      if (interaction) {
        const page = await (await send(url)).text();
        const form: Record<string, string> = page.includes('name="login"') ? { prompt: 'login', login, password: 'any' } : { prompt: 'consent' };
        res = await send(url, { method: 'POST', body: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      } else {
        res = await send(url);
      }
      const location = res.headers.get('location');
      if (!location) throw new Error(`the provider answered ${res.status} at ${url} with no redirect: ${(await res.text()).slice(0, 300)}`);
      url = new URL(location, url).href;
    }
    throw new Error('the provider never redirected back');
  }

  return { issuer, signIn, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
