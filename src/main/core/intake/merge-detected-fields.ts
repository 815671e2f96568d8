import type { DetectedField } from '../../../shared/domain'
import { cleanText } from './clean-text'
import type { FieldEntry } from './field-entry'

const SAMPLE_LENGTH = 120
/** A webhook remembers this many fields at most: a sender cannot grow app.json without bound. */
export const MAX_DETECTED_FIELDS = 300
const MAX_KEY_LENGTH = 200

/** Every field seen so far on a webhook: new ones added, samples and last-seen times refreshed. */
export function mergeDetectedFields(known: DetectedField[], entries: FieldEntry[], now: string): DetectedField[] {
  const merged = new Map(known.map((f) => [f.name, f]))
  for (const e of entries) {
    const before = merged.get(e.key)
    if (!before && (merged.size >= MAX_DETECTED_FIELDS || e.key.length > MAX_KEY_LENGTH)) continue
    const text = cleanText(e.value)
    const sample = text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH - 1)}…` : text
    merged.set(e.key, {
      name: e.key,
      label: e.label,
      meta: e.meta,
      // Keep a meaningful sample when a later request leaves the field empty.
      sample: sample || before?.sample || '',
      firstSeenAt: before?.firstSeenAt ?? now,
      lastSeenAt: now,
    })
  }
  return [...merged.values()]
}
