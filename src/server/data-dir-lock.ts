import fs from 'node:fs';
import { ConfigError } from '../config';

/** A hold on an embedded database folder, for one process at a time. */
export interface DataDirLock {
  release(): void;
}

/** Whether a process of this id runs (and is not this one). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<dataDir>.lock` for `purpose` (a server, a backup, a restore…). PGlite is one
 * process's database: two processes on one folder would corrupt it, so a second one is
 * refused with a line saying who holds it. A lock left by a process that is gone is taken over.
 */
export function lockDataDir(dataDir: string, purpose: string): DataDirLock {
  const file = `${dataDir}.lock`;
  const mine = JSON.stringify({ pid: process.pid, purpose, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, mine, { flag: 'wx' });
      return {
        release() {
          try {
            if (fs.readFileSync(file, 'utf8') === mine) fs.unlinkSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let holder: { pid?: number; purpose?: string } = {};
    try {
      holder = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof holder;
    } catch {
      // unreadable or half-written: treated as stale
    }
    if (holder.pid !== undefined && alive(holder.pid)) {
      throw new ConfigError(
        `The embedded database in ${dataDir} is in use by ${holder.purpose ?? 'another process'} (process ${holder.pid}): stop it first, or set CROSSDESK_DATA_DIR to another folder (if no such process runs, delete ${file}).`,
      );
    }
    fs.rmSync(file, { force: true }); // stale: its process is gone
  }
  throw new ConfigError(`Could not take ${file}: delete it if no Crossdesk process runs, and try again.`);
}
