import { randomUUID } from 'node:crypto'
import { rename } from 'node:fs/promises'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { z } from 'zod'
import { tunnelSessionSchema, type TunnelSession } from '../../../shared/domain'

const VERSION = 1 as const
const fileSchema = z.object({ schemaVersion: z.literal(VERSION), sessions: z.array(tunnelSessionSchema) })
type HistoryFile = z.infer<typeof fileSchema>

export type TunnelHistory = Awaited<ReturnType<typeof openTunnelHistory>>
export type SessionStart = Omit<TunnelSession, 'id' | 'closedAt' | 'closeReason'>

interface Options {
  /** Sessions kept, newest; older ones are dropped. */
  keep?: number
  onProblem: (message: string) => void
}

/**
 * Every tunnel session (opened, URL, closed, why), in its own small lowdb file, through lowdb's
 * explicit JSONFile adapter (atomic: temp file, then rename). Read and validated at start like the
 * other files; a damaged one is set aside and reported, and the history starts again (it is a log,
 * nothing depends on it). A session still open in the file was cut short by a crash.
 */
export async function openTunnelHistory(file: string, clock: () => Date, { keep = 200, onProblem }: Options) {
  const db = new Low<HistoryFile>(new JSONFile<HistoryFile>(file), { schemaVersion: VERSION, sessions: [] })
  await readOrSetAside(db, file, onProblem)
  let writing: Promise<void> = Promise.resolve()
  const save = () => {
    writing = writing.then(() => db.write()).catch((err: Error) => onProblem(`could not write ${file}: ${err.message}`))
    return writing
  }
  const find = (id: string) => db.data.sessions.find((s) => s.id === id)

  for (const s of db.data.sessions) if (!s.closedAt && !s.closeReason) s.closeReason = 'cut short: the app stopped without closing it'

  return {
    /** Records a session that just opened; returns its id. */
    opened(start: SessionStart): string {
      const session: TunnelSession = { ...start, id: randomUUID(), closedAt: null, closeReason: null }
      db.data.sessions.push(session)
      if (db.data.sessions.length > keep) db.data.sessions.splice(0, db.data.sessions.length - keep)
      void save()
      return session.id
    },
    closed(id: string, reason: string) {
      const session = find(id)
      if (!session || session.closedAt) return
      Object.assign(session, { closedAt: clock().toISOString(), closeReason: reason })
      void save()
    },
    /** Newest first. */
    list: (limit: number): TunnelSession[] => db.data.sessions.slice(-limit).reverse().map((s) => ({ ...s })),
    last: (): TunnelSession | null => {
      const s = db.data.sessions.at(-1)
      return s ? { ...s } : null
    },
    /** Resolves once every change so far is on disk (or reported as failed). */
    flush: () => writing,
  }
}

async function readOrSetAside(db: Low<HistoryFile>, file: string, onProblem: (m: string) => void) {
  let problem: string
  try {
    await db.read()
    const parsed = fileSchema.safeParse(db.data)
    if (parsed.success) {
      db.data = parsed.data
      return
    }
    problem = `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`
  } catch (err) {
    problem = (err as Error).message
  }
  const aside = `${file}.corrupt-${Date.now()}`
  await rename(file, aside).catch(() => {})
  db.data = { schemaVersion: VERSION, sessions: [] }
  onProblem(`${file} was damaged (${problem}); it was set aside as ${aside} and the tunnel history starts again.`)
}
