import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { Low } from 'lowdb'
import type { z } from 'zod'
import { AppErrorException } from '../../../shared/app-error'
import { DurableJsonFile } from './durable-json-file'
import { createSegmentCodec, type SegmentFile } from './segment-codec'

interface Segment<T> {
  index: number
  db: Low<SegmentFile<T>>
  /** What reads use: the items as `project` keeps them in memory (a lead without its raw payload). */
  light: T[]
  /** db.data holds the complete items: always for the newest segment, briefly for one being changed. */
  full: boolean
  writes: number
  /** Updates of one segment run one after another: read, change, write. */
  queue: Promise<unknown>
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
  /** Removes from an item what need not stay in memory (read from its segment file when asked for). */
  strip?: (item: T) => void
  /** Called with every item as it is kept in memory (after `strip`), e.g. to attach search text. */
  decorate?: (light: T) => void
  /** False for records that may lose their last moments in a power cut (still never half-written). */
  fsync?: boolean
  /** Appends wait this long to be written together (records whose `add` nobody waits on, like the log). */
  flushDelayMs?: number
  /** Called with each loaded segment's items; segments load newest first. */
  onLoad: (items: T[]) => void
  /** A damaged segment is set aside (renamed) and reported, never silently dropped or emptied. */
  onProblem: (message: string) => void
}

/**
 * A growing list of records kept as many small lowdb JSON files. Appending rewrites only the newest
 * segment, so the cost of storing one record does not grow with the number already stored, and
 * only the newest segment is held whole in memory. At start the newest segment is read at once and
 * the rest in the background, newest first, with the event loop free between segments.
 */
export async function openSegmentedCollection<T extends { id: string }>(o: SegmentOptions<T>) {
  await mkdir(o.dir, { recursive: true, mode: 0o700 })
  // A light copy for reads; items of a segment about to be released are stripped in place (no copy, less garbage).
  const project = (item: T): T => {
    const copy = o.strip ? { ...item } : item
    o.strip?.(copy)
    o.decorate?.(copy)
    return copy
  }
  const fileOf = (index: number) => join(o.dir, `${o.prefix}-${String(index).padStart(6, '0')}.json`)
  const pattern = new RegExp(`^${o.prefix}-(\\d{6})\\.json$`)
  const indexes = (await readdir(o.dir)).map((f) => pattern.exec(f)?.[1]).filter(Boolean).map(Number).sort((a, b) => a - b)
  const codec = createSegmentCodec(o.item)
  const { empty, serialize } = codec
  const segmentOf = new Map<string, Segment<T>>()
  const newSegment = (index: number): Segment<T> => ({
    index,
    db: new Low(new DurableJsonFile(fileOf(index), { fsync: o.fsync, serialize }), empty()),
    light: [],
    full: true,
    writes: 0,
    queue: Promise.resolve(),
    bytes: 0,
    loaded: false,
  })
  const segments = indexes.map(newSegment)
  const active = () => segments.at(-1)

  async function readFull(segment: Segment<T>, text?: Promise<string | null>) {
    const raw = text ? await text : undefined
    if (raw === undefined) await segment.db.read()
    else segment.db.data = raw === null ? empty() : (JSON.parse(raw) as SegmentFile<T>)
    codec.check(segment.db.data)
  }

  async function load(segment: Segment<T>, text?: Promise<string | null>) {
    try {
      await readFull(segment, text)
    } catch (err) {
      const aside = `${fileOf(segment.index)}.corrupt-${Date.now()}`
      await rename(fileOf(segment.index), aside).catch(() => {})
      o.onProblem(`${fileOf(segment.index)} could not be read (${(err as Error).message}); it was set aside as ${aside}. The other records are intact.`)
      segment.db.data = empty()
    }
    segment.bytes = (await stat(fileOf(segment.index)).catch(() => ({ size: 0 }))).size
    const keepFull = segment === active()
    segment.light = keepFull || !o.strip ? segment.db.data.items.map(project) : segment.db.data.items
    if (!keepFull && o.strip) segment.light.forEach((item) => (o.strip!(item), o.decorate?.(item)))
    segment.loaded = true
    for (const item of segment.light) segmentOf.set(item.id, segment)
    release(segment)
    o.onLoad(segment.light)
  }

  /** Drops the complete items of a segment nobody is writing, keeping only the light ones. */
  function release(segment: Segment<T>) {
    if (segment === active() || segment.writes > 0 || !segment.full) return
    segment.db.data = empty()
    segment.full = false
  }

  // With flushDelayMs, the writes of one moment are gathered into one per segment.
  const pending = new Map<Segment<T>, Promise<void>>()
  function writeSoon(segment: Segment<T>): Promise<void> {
    if (!o.flushDelayMs) return write(segment)
    let due = pending.get(segment)
    if (!due) {
      segment.writes++ // not released while a write is due
      due = new Promise<void>((r) => setTimeout(r, o.flushDelayMs)).then(() => {
        pending.delete(segment)
        segment.writes--
        return write(segment)
      })
      pending.set(segment, due)
    }
    return due
  }

  async function write(segment: Segment<T>) {
    segment.writes++
    try {
      await segment.db.write()
    } catch (err) {
      // The sender learns only that it should retry; the owner sees the cause (disk full, permissions).
      throw new AppErrorException('store_write_failed', 'The lead could not be saved right now. Try again later.', 503, `Writing ${fileOf(segment.index)} failed: ${(err as Error).message}`)
    } finally {
      segment.writes--
      release(segment)
    }
  }

  const newest = active()
  if (newest) await load(newest)
  const readText = (s: Segment<T>) => readFile(fileOf(s.index), 'utf8').catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? null : Promise.reject(err)))
  const ready = (async () => {
    // The next file is read from disk while this one is parsed.
    let next = segments.length > 1 ? readText(segments.at(-2)!) : null
    for (let i = segments.length - 2; i >= 0; i--) {
      const text = next!
      next = i > 0 ? readText(segments[i - 1]!) : null
      next?.catch(() => {})
      await yieldToEventLoop()
      await load(segments[i]!, text)
    }
  })()

  function appendTarget(): Segment<T> {
    const last = active()
    if (last && last.light.length < o.maxItems && last.bytes < o.maxBytes) return last
    const next = newSegment((last?.index ?? 0) + 1)
    next.loaded = true
    // The previous segment is released once its last write is done (see write), never before:
    // releasing it here would write it out empty.
    segments.push(next)
    return next
  }

  return {
    ready,
    isLoading: () => segments.some((s) => !s.loaded),
    /** The complete record (with what `project` leaves out), read from its segment if needed. */
    async getFull(id: string): Promise<T | undefined> {
      const segment = segmentOf.get(id)
      if (!segment) return undefined
      if (segment.full) return segment.db.data.items.find((i) => i.id === id)
      const text = await new DurableJsonFile<SegmentFile<T>>(fileOf(segment.index)).read()
      return text?.items.find((i) => i.id === id)
    },
    /** Complete records for many ids, reading each segment file at most once. */
    async getManyFull(ids: string[]): Promise<T[]> {
      const bySegment = new Map<Segment<T>, Set<string>>()
      for (const id of ids) {
        const s = segmentOf.get(id)
        if (s) bySegment.set(s, (bySegment.get(s) ?? new Set()).add(id))
      }
      const out: T[] = []
      for (const [s, wanted] of bySegment) {
        const items = s.full ? s.db.data.items : ((await new DurableJsonFile<SegmentFile<T>>(fileOf(s.index)).read())?.items ?? [])
        out.push(...items.filter((i) => wanted.has(i.id)))
      }
      return out
    },
    /** Appends and resolves once every record is durably on disk; on failure nothing is kept in memory either. */
    async add(items: T[]): Promise<T[]> {
      const touched = new Set<Segment<T>>()
      const added: T[] = []
      for (const item of items) {
        const s = appendTarget()
        s.db.data.items.push(item)
        const light = project(item)
        s.light.push(light)
        added.push(light)
        s.bytes += codec.encode(item).length + 1
        segmentOf.set(item.id, s)
        touched.add(s)
      }
      try {
        await Promise.all([...touched].map(writeSoon))
      } catch (err) {
        const ids = new Set(items.map((i) => i.id))
        for (const s of touched) {
          s.db.data.items = s.db.data.items.filter((i) => !ids.has(i.id))
          s.light = s.light.filter((i) => !ids.has(i.id))
        }
        for (const id of ids) segmentOf.delete(id)
        throw err
      }
      return added
    },
    /** Replaces complete records by id, rewriting only the segments that hold them. */
    async update(items: T[]): Promise<T[]> {
      const updated: T[] = []
      const bySegment = new Map<Segment<T>, T[]>()
      for (const item of items) {
        const s = segmentOf.get(item.id)
        if (s) bySegment.set(s, [...(bySegment.get(s) ?? []), item])
      }
      const run = async (s: Segment<T>, changed: T[]) => {
        const next = new Map(changed.map((i) => [i.id, i]))
        s.writes++ // held open from the read to the write, so it is not released under us
        try {
          if (!s.full) await readFull(s).then(() => (s.full = true))
          s.db.data.items = s.db.data.items.map((i) => next.get(i.id) ?? i)
          s.light = s.light.map((i) => {
            const changedItem = next.get(i.id)
            if (!changedItem) return i
            const light = project(changedItem)
            updated.push(light)
            return light
          })
          await write(s)
        } finally {
          s.writes--
          release(s)
        }
      }
      await Promise.all(
        [...bySegment].map(([s, changed]) => {
          const turn = s.queue.catch(() => {}).then(() => run(s, changed))
          s.queue = turn
          return turn
        }),
      )
      return updated
    },
    /** The segments' in-memory arrays, newest segment first (each array oldest first): for tight read loops. */
    segmentsNewest(): readonly (readonly T[])[] {
      const out: T[][] = []
      for (let s = segments.length - 1; s >= 0; s--) out.push(segments[s]!.light)
      return out
    },
    /** Newest first, over what is loaded so far, as kept in memory. */
    *newestFirst(): Generator<T> {
      for (let s = segments.length - 1; s >= 0; s--) {
        const items = segments[s]!.light
        for (let i = items.length - 1; i >= 0; i--) yield items[i]!
      }
    },
    /** Deletes whole segments (retention), oldest first, while `expired` says so. */
    async dropOldest(expired: (items: T[]) => boolean) {
      while (segments.length > 1 && segments[0]!.loaded && segments[0]!.writes === 0 && expired(segments[0]!.light)) {
        const gone = segments.shift()!
        for (const item of gone.light) segmentOf.delete(item.id)
        await rm(fileOf(gone.index), { force: true })
      }
    },
  }
}

export type SegmentedCollection<T extends { id: string }> = Awaited<ReturnType<typeof openSegmentedCollection<T>>>
