import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { randomSecret } from '../../platform/secrets.ts';
import { IdentityTokenInvalid } from './errors.ts';

// A patient who has matched their details gets a short-lived token naming their network and record,
// signed with HMAC-SHA256. It carries no demographics, so it discloses nothing if it leaks.

export const TOKEN_MINUTES = 60;
const secrets = new WeakMap<Db, Promise<string>>();

/** The signing key: COMMONS_SECRET, else one generated at first start and kept in the database. */
export function identitySecret(db: Db): Promise<string> {
  if (process.env.COMMONS_SECRET) return Promise.resolve(process.env.COMMONS_SECRET);
  let s = secrets.get(db);
  if (!s) {
    s = (async () => {
      await db.insertInto('consultation_secret').values({ name: 'identity-token', secret: randomSecret() }).onConflict((oc) => oc.column('name').doNothing()).execute();
      return (await db.selectFrom('consultation_secret').select('secret').where('name', '=', 'identity-token').executeTakeFirstOrThrow()).secret;
    })();
    s.catch(() => secrets.delete(db));
    secrets.set(db, s);
  }
  return s;
}

export interface IdentityClaims {
  networkId: string;
  patientId: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function signIdentityToken(secret: string, claims: IdentityClaims): string {
  const payload = Buffer.from(JSON.stringify({ n: claims.networkId, p: claims.patientId, e: claims.exp })).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

export function verifyIdentityToken(secret: string, token: string, now: Date): IdentityClaims {
  const [payload, sig] = token.split('.');
  if (!payload || !sig) throw new IdentityTokenInvalid(false);
  const given = Buffer.from(sig, 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new IdentityTokenInvalid(false);
  let claims: { n?: unknown; p?: unknown; e?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new IdentityTokenInvalid(false);
  }
  if (typeof claims.n !== 'string' || typeof claims.p !== 'string' || typeof claims.e !== 'number') throw new IdentityTokenInvalid(false);
  if (claims.e * 1000 <= now.getTime()) throw new IdentityTokenInvalid(true);
  return { networkId: claims.n, patientId: claims.p, exp: claims.e };
}
