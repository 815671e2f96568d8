import type { DetectedField } from '../../../shared/domain'
import { toText } from './map-payload'

const SAMPLE_LENGTH = 120

/** The fields a request carried, with a short sample of each, for the wizard's first-request step. */
export function detectFields(payload: Record<string, unknown>): DetectedField[] {
  return Object.entries(payload).map(([name, value]) => ({ name, sample: toText(value).slice(0, SAMPLE_LENGTH) }))
}

/** Keeps every field seen so far, adding new ones and refreshing samples of known ones. */
export function mergeFields(known: DetectedField[], seen: DetectedField[]): DetectedField[] {
  const merged = new Map(known.map((f) => [f.name, f]))
  for (const f of seen) merged.set(f.name, f)
  return [...merged.values()]
}
