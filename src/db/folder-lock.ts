import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Another live process holds the embedded database's folder. */
export class DataFolderInUse extends Error {
  constructor(readonly folder: string, readonly pid: number) {
    super(`The data folder ${folder} is in use by another Commons process (PID ${pid}). Two processes on one embedded database would lose each other's writes. Stop that process first, or point COMMONS_DATA_DIR at another folder.`);
  }
}

const LOCK_FILE = 'commons.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

function readHolder(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the embedded database's folder for this process: a file holding our PID, created only if
 * absent. A lock left by a process that has died (kill -9, a power cut) is taken over; one held by a
 * live process, this one included, is refused. Returns the release, which also runs at exit.
 */
export function lockDataFolder(folder: string): () => void {
  const dir = resolve(folder);
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readHolder(path);
      if (holder !== null && isAlive(holder)) throw new DataFolderInUse(dir, holder);
      try {
        unlinkSync(path); // stale: its process is gone
      } catch (gone) {
        if ((gone as NodeJS.ErrnoException).code !== 'ENOENT') throw gone;
      }
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    const release = () => {
      process.off('exit', release);
      if (readHolder(path) === process.pid) {
        try { unlinkSync(path); } catch { /* already gone */ }
      }
    };
    process.on('exit', release);
    return release;
  }
  throw new DataFolderInUse(dir, readHolder(path) ?? 0);
}
