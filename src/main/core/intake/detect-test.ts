import type { FieldEntry } from './field-entry'
import { normalise } from './synonyms'

const TEST_FLAGS = new Set(['istest', 'test', 'testmode', 'testlead', 'sandbox'])
const TRUE = new Set(['true', '1', 'yes', 'y'])
/** Meta's lead testing tool fills every field with "<test lead: dummy data for …>". */
export const PLACEHOLDER = /^<test lead:/i

/** A platform's own test submission: a test flag, Meta's placeholders, an IndiaMART TEST… id. */
export function isTestSubmission(entries: FieldEntry[], externalId: string | null): boolean {
  const flagged = entries.some((e) => TEST_FLAGS.has(normalise(e.key.split('.').pop() ?? '')) && TRUE.has(String(e.value).toLowerCase()))
  const placeholder = entries.some((e) => typeof e.value === 'string' && PLACEHOLDER.test(e.value))
  return flagged || placeholder || /^test/i.test(externalId ?? '')
}
