import { createHash, randomBytes } from 'node:crypto';

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Only hashes of session and API-token secrets are stored, so a database dump grants no access. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
