import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Messages a test sends through the log-file provider go to a temporary file, not ./.commons/messages.log,
    // whose folder is where `npm start` keeps the demo database.
    env: { TZ: 'UTC', COMMONS_MESSAGE_LOG: join(tmpdir(), `commons-test-messages-${process.pid}.log`) },
  },
});
