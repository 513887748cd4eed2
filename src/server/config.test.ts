import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigSchema, configFromEnv } from './config.ts';

describe('configuration from the environment', () => {
  it('has a default for everything, so an empty environment starts', () => {
    expect(configFromEnv({})).toEqual({
      port: 3000, host: '127.0.0.1', webDir: 'dist/web', secureCookies: false, bodyLimit: 262144, logLevel: 'info', trustProxy: false, metricsToken: null, oidc: null,
    });
  });

  it('reads every variable, treating an empty one as unset', () => {
    const c = configFromEnv({ PORT: '8080', HOST: '0.0.0.0', COMMONS_SECURE_COOKIES: 'true', COMMONS_BODY_LIMIT: '1048576', LOG_LEVEL: 'warn', COMMONS_TRUST_PROXY: '1', COMMONS_METRICS_TOKEN: 'x'.repeat(32), COMMONS_WEB_DIR: '' });
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', secureCookies: true, bodyLimit: 1048576, logLevel: 'warn', metricsToken: 'x'.repeat(32), webDir: 'dist/web' });
    const oneHop = c.trustProxy as (address: string, hop: number) => boolean;
    expect([oneHop('10.0.0.1', 0), oneHop('10.0.0.2', 1)]).toEqual([true, false]);
    expect(configFromEnv({ COMMONS_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(configFromEnv({ COMMONS_TRUST_PROXY: '10.0.0.0/8, 192.168.1.1' }).trustProxy).toBe('10.0.0.0/8, 192.168.1.1');
  });

  it('names every bad variable on its own line, with what it expects, and never echoes a secret', () => {
    let error: unknown;
    try {
      configFromEnv({ PORT: '70000', LOG_LEVEL: 'loud', COMMONS_SECURE_COOKIES: 'yes', DATABASE_URL: 'mysql://root:hunter2@db/x', COMMONS_METRICS_TOKEN: 'short', COMMONS_TRUST_PROXY: 'yes please' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    const lines = message.split('\n').filter((l) => l.startsWith('  - '));
    expect(lines).toHaveLength(6);
    expect(message).toMatch(/- PORT must be a number <= 65535, but it is "70000"/);
    expect(message).toMatch(/- LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, but it is "loud"/);
    expect(message).toMatch(/- COMMONS_SECURE_COOKIES must be "true" or "false", but it is "yes"/);
    expect(message).toMatch(/- DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ connection string, but it has 25 characters/);
    expect(message).toMatch(/- COMMONS_METRICS_TOKEN must be at least 32 characters, but it has 5 characters/);
    expect(message).toMatch(/- COMMONS_TRUST_PROXY must be "true", "false", a number of hops/);
    expect(message).not.toContain('hunter2');
    expect(message).not.toContain('short');
  });

  it('is documented: docs/operations.md lists exactly the variables of the schema', () => {
    const docs = readFileSync(new URL('../../docs/operations.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('## Configuration'));
    const table = section.slice(0, section.indexOf('\n## ', 5));
    const documented = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(Object.keys(ConfigSchema.properties).sort());
  });
});
