import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';

const run = promisify(execFile);
const folders: string[] = [];
afterAll(() => { for (const f of folders) rmSync(f, { recursive: true, force: true }); });

function freshFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'commons-lock-'));
  folders.push(dir);
  return dir;
}

/** The `commons` command on an embedded folder, never on the PostgreSQL a CI run may point at. */
async function commons(args: string[], dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, COMMONS_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, [resolve('bin/commons.js'), ...args], { env, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('the embedded database folder', () => {
  it('refuses a second process, naming the folder and the process that holds it', async () => {
    const dir = freshFolder();
    const held = await openDatabase({ engine: 'pglite', dataDir: dir });
    try {
      const second = await commons(['migrate'], dir);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(resolve(dir));
      expect(second.stderr).toContain(`PID ${process.pid}`);
      // And in this process too: a second open of the same folder is refused.
      await expect(openDatabase({ engine: 'pglite', dataDir: dir })).rejects.toThrow(/in use by another Commons process/);
    } finally {
      await held.close();
    }
    expect(existsSync(join(dir, 'commons.lock'))).toBe(false);
  }, 240_000);

  it('takes over a lock left by a process that died', async () => {
    const dir = freshFolder();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => dead.on('exit', done));
    writeFileSync(join(dir, 'commons.lock'), `${dead.pid}\n`);
    const database = await openDatabase({ engine: 'pglite', dataDir: dir });
    expect(readFileSync(join(dir, 'commons.lock'), 'utf8').trim()).toBe(String(process.pid));
    await database.close();
  }, 240_000);
});
