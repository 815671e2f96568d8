import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import type { z } from 'zod'
import { AppErrorException } from '../../../shared/app-error'

/**
 * Opens one lowdb JSON file with lowdb's explicit JSONFile adapter (never JSONFilePreset, which
 * silently keeps data in memory under NODE_ENV=test). Writes go through steno: temp file then
 * rename, so a crash leaves either the old or the new file, and concurrent writes coalesce into
 * one. The file is validated when read: a damaged file stops the start-up with its path rather
 * than being replaced by an empty database.
 */
export async function openJsonDocument<S extends z.ZodType>(
  file: string,
  schema: S,
  initial: () => z.output<S>,
  migrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {},
): Promise<Low<z.output<S>>> {
  const db = new Low<z.output<S>>(new JSONFile(file), initial())
  try {
    await db.read()
  } catch (err) {
    throw new AppErrorException('store_unreadable', `Cannot read ${file}: ${(err as Error).message}`, 500)
  }
  db.data = migrate(file, db.data, migrations) as z.output<S>
  const parsed = schema.safeParse(db.data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new AppErrorException(
      'store_invalid',
      `${file} is not a valid Cratio Desk file (${issue?.path.join('.') || 'root'}: ${issue?.message}). It was left untouched.`,
      500,
    )
  }
  // Keep the parsed JSON itself rather than zod's copy: the store schemas have no transforms, and
  // zod's copy drops own keys such as "__proto__" that a lead's custom fields may legitimately hold.
  return db
}

function migrate(file: string, data: unknown, migrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>) {
  let doc = data as Record<string, unknown>
  for (let guard = 0; guard < 50; guard++) {
    const step = typeof doc?.schemaVersion === 'number' ? migrations[doc.schemaVersion] : undefined
    if (!step) return doc
    try {
      doc = step(doc)
    } catch (err) {
      throw new AppErrorException('store_invalid', `${file} could not be upgraded (${(err as Error).message}). It was left untouched.`, 500)
    }
  }
  return doc
}
