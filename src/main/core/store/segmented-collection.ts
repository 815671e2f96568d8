import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { Low } from 'lowdb'
import { z } from 'zod'
import { AppErrorException } from '../../../shared/app-error'
import { DurableJsonFile } from './durable-json-file'

export const SEGMENT_VERSION = 3 as const

interface Segment<T> {
  index: number
  db: Low<{ schemaVersion: number; items: T[] }>
  bytes: number
  loaded: boolean
}

export interface SegmentOptions<T> {
  dir: string
  /** File name prefix: `leads-000001.json`. */
  prefix: string
  item: z.ZodType<T>
  /** A segment is closed once it holds this many items or bytes, so a write never costs more. */
  maxItems: number
  maxBytes: number
  /** Called for each loaded item, oldest first within a segment, newest segments first. */
  onLoad: (items: T[]) => void
  /** A damaged segment is set aside (renamed) and reported, never silently dropped or emptied. */
  onProblem: (message: string) => void
}

/**
 * A growing list of records kept as many small lowdb JSON files. Appending rewrites only the newest
 * segment, so the cost of storing one record does not grow with the number already stored. At
 * start the newest segment is read at once and the rest in the background, newest first, with
 * the event loop free between segments; `ready` resolves when everything is in memory.
 */
export async function openSegmentedCollection<T extends { id: string }>(o: SegmentOptions<T>) {
  await mkdir(o.dir, { recursive: true, mode: 0o700 })
  const fileOf = (index: number) => join(o.dir, `${o.prefix}-${String(index).padStart(6, '0')}.json`)
  const pattern = new RegExp(`^${o.prefix}-(\\d{6})\\.json$`)
  const indexes = (await readdir(o.dir)).map((f) => pattern.exec(f)?.[1]).filter(Boolean).map(Number).sort((a, b) => a - b)
  const fileSchema = z.object({ schemaVersion: z.literal(SEGMENT_VERSION), items: z.array(o.item) })
  const segmentOf = new Map<string, Segment<T>>()
  const newSegment = (index: number): Segment<T> => ({
    index,
    db: new Low(new DurableJsonFile(fileOf(index)), { schemaVersion: SEGMENT_VERSION, items: [] as T[] }),
    bytes: 0,
    loaded: false,
  })
  const segments = indexes.map(newSegment)

  async function load(segment: Segment<T>) {
    try {
      await segment.db.read()
      const parsed = fileSchema.safeParse(segment.db.data)
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'invalid')
    } catch (err) {
      const aside = `${fileOf(segment.index)}.corrupt-${Date.now()}`
      await rename(fileOf(segment.index), aside).catch(() => {})
      o.onProblem(`${fileOf(segment.index)} could not be read (${(err as Error).message}); it was set aside as ${aside}. The other records are intact.`)
      segment.db.data = { schemaVersion: SEGMENT_VERSION, items: [] }
    }
    segment.bytes = JSON.stringify(segment.db.data.items).length
    segment.loaded = true
    for (const item of segment.db.data.items) segmentOf.set(item.id, segment)
    o.onLoad(segment.db.data.items)
  }

  const newest = segments.at(-1)
  if (newest) await load(newest)
  const ready = (async () => {
    for (let i = segments.length - 2; i >= 0; i--) {
      await yieldToEventLoop()
      await load(segments[i]!)
    }
  })()

  function active(): Segment<T> {
    const last = segments.at(-1)
    if (last && last.db.data.items.length < o.maxItems && last.bytes < o.maxBytes) return last
    const next = newSegment((last?.index ?? 0) + 1)
    next.loaded = true
    segments.push(next)
    return next
  }

  async function writeAll(touched: Set<Segment<T>>) {
    try {
      await Promise.all([...touched].map((s) => s.db.write()))
    } catch (err) {
      throw new AppErrorException('store_write_failed', `Could not save to disk (${(err as Error).message}). Try again.`, 503)
    }
  }

  return {
    ready,
    isLoading: () => segments.some((s) => !s.loaded),
    get: (id: string) => segmentOf.get(id)?.db.data.items.find((i) => i.id === id),
    /** Appends and resolves once every record is durably on disk; on failure nothing is kept in memory either. */
    async add(items: T[]) {
      const touched = new Set<Segment<T>>()
      for (const item of items) {
        const s = active()
        s.db.data.items.push(item)
        s.bytes += JSON.stringify(item).length + 1
        segmentOf.set(item.id, s)
        touched.add(s)
      }
      try {
        await writeAll(touched)
      } catch (err) {
        const ids = new Set(items.map((i) => i.id))
        for (const s of touched) s.db.data.items = s.db.data.items.filter((i) => !ids.has(i.id))
        for (const id of ids) segmentOf.delete(id)
        throw err
      }
    },
    /** Replaces records by id, rewriting only the segments that hold them. */
    async update(items: T[]) {
      const touched = new Set<Segment<T>>()
      for (const item of items) {
        const s = segmentOf.get(item.id)
        if (!s) continue
        s.db.data.items = s.db.data.items.map((i) => (i.id === item.id ? item : i))
        touched.add(s)
      }
      await writeAll(touched)
    },
    /** Newest first, over what is loaded so far. */
    *newestFirst(): Generator<T> {
      for (let s = segments.length - 1; s >= 0; s--) {
        const items = segments[s]!.db.data.items
        for (let i = items.length - 1; i >= 0; i--) yield items[i]!
      }
    },
    /** Deletes whole segments (retention), oldest first, while `expired` says so. */
    async dropOldest(expired: (items: T[]) => boolean) {
      while (segments.length > 1 && segments[0]!.loaded && expired(segments[0]!.db.data.items)) {
        const gone = segments.shift()!
        for (const item of gone.db.data.items) segmentOf.delete(item.id)
        await rm(fileOf(gone.index), { force: true })
      }
    },
    count: () => segments.reduce((n, s) => n + s.db.data.items.length, 0),
  }
}

export type SegmentedCollection<T extends { id: string }> = Awaited<ReturnType<typeof openSegmentedCollection<T>>>
