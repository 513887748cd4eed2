import { hash, randomBytes } from 'node:crypto';

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Only hashes of session and API-token secrets are stored, so a database dump grants no access. Node's
 * one-shot hash makes no Hash object: a third of createHash's time, and every request with a token or
 * a session cookie hashes it once.
 */
export function sha256(value: string): string {
  return hash('sha256', value, 'hex');
}
