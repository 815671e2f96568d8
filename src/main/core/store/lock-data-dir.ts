import { open, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { AppErrorException } from '../../../shared/app-error'

/**
 * One process per data folder: two writers would overwrite each other's leads. A stale lock left
 * by a crashed process (its pid no longer runs) is taken over.
 */
const heldHere = new Set<string>()

export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = join(dataDir, 'cratio.lock')
  if (heldHere.has(file)) throw locked(dataDir, process.pid)
  for (let tries = 0; tries < 2; tries++) {
    try {
      const handle = await open(file, 'wx', 0o600)
      await handle.writeFile(String(process.pid))
      await handle.close()
      heldHere.add(file)
      return async () => {
        heldHere.delete(file)
        await rm(file, { force: true })
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim())
      // Our own pid in a lock we do not hold is a leftover from before a restart (pid reuse).
      if (pid && pid !== process.pid && isRunning(pid)) throw locked(dataDir, pid)
      await rm(file, { force: true })
    }
  }
  throw new AppErrorException('data_dir_locked', `Could not lock ${dataDir}.`, 409)
}

function locked(dataDir: string, pid: number) {
  return new AppErrorException('data_dir_locked', `Another Cratio Desk (pid ${pid}) is using ${dataDir}. Close it first, or use another data folder.`, 409)
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
