import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Browser tests: the real server on a free port with its own in-memory database, driven by Debian's chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Messages a test sends through the log-file provider go to a temporary file, not ./.commons/messages.log,
    // whose folder is where `npm start` keeps the demo database.
    env: { TZ: 'UTC', COMMONS_MESSAGE_LOG: join(tmpdir(), `commons-test-messages-${process.pid}.log`) },
  },
});
