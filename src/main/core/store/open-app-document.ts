import { copyFile, rename } from 'node:fs/promises'
import { Low } from 'lowdb'
import { AppErrorException } from '../../../shared/app-error'
import type { Settings } from '../../../shared/domain'
import { DurableJsonFile } from './durable-json-file'
import { appFileSchema, migrateApp, STORE_VERSION, type AppFile } from './schemas'

/**
 * app.json (settings and webhooks), validated and migrated forward when read. A damaged file is
 * set aside and the last good copy (`app.json.bak`, kept at every write) restored, and either way
 * the user is told; a file from a newer version of the app is refused, never overwritten.
 */
export async function openAppDocument(file: string, defaults: Settings, onProblem: (m: string) => void): Promise<Low<AppFile>> {
  const initial = (): AppFile => ({ schemaVersion: STORE_VERSION, settings: defaults, webhooks: [] })
  const db = new Low<AppFile>(new DurableJsonFile(file, { backup: true }), initial())
  const first = await tryRead(db)
  if (first.ok) return db
  if (first.newer) throw new AppErrorException('store_newer', `${file} was written by a newer Cratio Desk: update the app. The file was left untouched.`, 500)
  const aside = `${file}.corrupt-${Date.now()}`
  await rename(file, aside)
  await copyFile(`${file}.bak`, file).catch(() => {})
  const backup = await tryRead(db)
  if (backup.ok) {
    onProblem(`${file} was damaged (${first.reason}); it was set aside as ${aside} and the last good copy restored.`)
    return db
  }
  db.data = initial()
  onProblem(`${file} was damaged (${first.reason}) and no good copy was found; it was set aside as ${aside}. Webhooks and settings start empty.`)
  return db
}

async function tryRead(db: Low<AppFile>): Promise<{ ok: true } | { ok: false; reason: string; newer?: boolean }> {
  try {
    await db.read()
  } catch (err) {
    return { ok: false, reason: (err as Error).message }
  }
  const version = (db.data as { schemaVersion?: unknown })?.schemaVersion
  if (typeof version === 'number' && version > STORE_VERSION) return { ok: false, reason: 'newer version', newer: true }
  const parsed = appFileSchema.safeParse(migrateApp(db.data))
  if (!parsed.success) return { ok: false, reason: `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}` }
  db.data = parsed.data
  return { ok: true }
}
