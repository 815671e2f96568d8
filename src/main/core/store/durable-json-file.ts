import { copyFile, open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'

/**
 * A lowdb adapter for files that must survive a crash: each write goes to a temp file that is
 * fsynced, then renamed over the real one, then the folder is fsynced, so after a power cut the
 * file is either the old or the new version, complete. Writes arriving while one is under way are
 * grouped: the next write carries the latest data and settles all of them at once (group commit).
 * With `backup`, the previous version is kept as `<file>.bak` to fall back on. `fsync: false` keeps
 * the atomic rename but skips the flushes, for data that may lose its last moments (the delivery log).
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private writing: Promise<void> | null = null
  private queued: { data: T; promise: Promise<void>; settle: (err?: unknown) => void } | null = null

  constructor(
    readonly file: string,
    private readonly options: { backup?: boolean; fsync?: boolean; serialize?: (data: T) => Buffer[] } = {},
  ) {}

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw err
    }
    return JSON.parse(text) as T
  }

  write(data: T): Promise<void> {
    if (!this.writing) return this.start(data)
    if (this.queued) {
      this.queued.data = data
      return this.queued.promise
    }
    let settle!: (err?: unknown) => void
    const promise = new Promise<void>((resolve, reject) => (settle = (err) => (err ? reject(err) : resolve())))
    this.queued = { data, promise, settle }
    return promise
  }

  private start(data: T): Promise<void> {
    const run = this.writeNow(this.options.serialize ? this.options.serialize(data) : JSON.stringify(data))
    // The caller of this write gets its error through `run`; the chain itself must not reject.
    this.writing = run.catch(() => {}).then(() => {
      this.writing = null
      const next = this.queued
      this.queued = null
      if (next) this.start(next.data).then(() => next.settle(), next.settle)
    })
    return run
  }

  private async writeNow(content: string | Buffer[]) {
    const tmp = join(dirname(this.file), `.${basename(this.file)}.tmp`)
    try {
      const handle = await open(tmp, 'w', 0o600)
      try {
        // The pieces are joined into one buffer (a copy of bytes, no re-serialising) and written at once.
        await handle.writeFile(typeof content === 'string' ? content : Buffer.concat(content))
        if (this.options.fsync !== false) await handle.sync()
      } finally {
        await handle.close()
      }
      if (this.options.backup) await copyFile(this.file, `${this.file}.bak`).catch(() => {})
      await rename(tmp, this.file)
      if (this.options.fsync !== false) await syncFolder(dirname(this.file))
    } catch (err) {
      // Nothing half-written stays behind: the real file is untouched until the rename.
      await rm(tmp, { force: true }).catch(() => {})
      throw err
    }
  }
}

/** Makes a rename durable: on Linux the new directory entry is only safe once the folder is synced. */
async function syncFolder(folder: string) {
  const dir = await open(folder, 'r').catch(() => null)
  if (!dir) return
  try {
    await dir.sync().catch(() => {}) // some file systems (and Windows) cannot sync a folder
  } finally {
    await dir.close()
  }
}
