import { z } from 'zod'

export const SEGMENT_VERSION = 3 as const
export type SegmentFile<T> = { schemaVersion: number; items: T[] }

const COMMA = Buffer.from(',')
const END = Buffer.from(']}')

/**
 * How a segment file is written and checked. Each record's JSON is encoded once, when first
 * written, and kept beside the record: a flush writes these pieces instead of serialising every
 * record of the segment again (the main cost of a write under load).
 */
export function createSegmentCodec<T>(item: z.ZodType<T>) {
  const fileSchema = z.object({ schemaVersion: z.literal(SEGMENT_VERSION), items: z.array(item) })
  const jsonOf = new WeakMap<object, Buffer>()
  const encode = (record: T) => {
    let bytes = jsonOf.get(record as object)
    if (bytes === undefined) jsonOf.set(record as object, (bytes = Buffer.from(JSON.stringify(record))))
    return bytes
  }
  return {
    empty: (): SegmentFile<T> => ({ schemaVersion: SEGMENT_VERSION, items: [] }),
    encode,
    serialize(data: SegmentFile<T>): Buffer[] {
      const pieces: Buffer[] = [Buffer.from(`{"schemaVersion":${data.schemaVersion},"items":[`)]
      data.items.forEach((record, i) => (i > 0 && pieces.push(COMMA), pieces.push(encode(record))))
      pieces.push(END)
      return pieces
    },
    /** Throws with the first problem when the parsed file is not a valid segment. */
    check(data: unknown) {
      const parsed = fileSchema.safeParse(data)
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'invalid')
    },
  }
}
