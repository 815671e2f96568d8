import { isPlainObject, isScalar, type FieldEntry, type FoundRecord } from './field-entry'
import { flattenRecord } from './flatten-record'
import { suggestTarget } from './suggest-mapping'

// Keys under which platforms wrap the lead(s): IndiaMART RESPONSE, Webflow payload.data,
// Typeform form_response, generic {data: {...}} and {leads: [...]}.
const WRAPPERS = new Set([
  'response', 'data', 'payload', 'form_response', 'lead', 'leads', 'record', 'records', 'submission',
  'submissions', 'body', 'result', 'results', 'items', 'contact', 'customer', 'enquiry', 'inquiry', 'form_data', 'formdata',
])

/**
 * Finds the lead record(s) in a payload, whatever the webhook's platform setting: a top-level
 * list (one lead per element), Facebook's entry[].changes[] notifications, wrappers such as
 * RESPONSE or payload.data (single objects or lists), and name/value lists inside a record.
 * The envelope's own scalars travel with each record as metadata.
 */
export function findRecords(payload: unknown, envelope: FieldEntry[] = [], path = ''): FoundRecord[] {
  if (Array.isArray(payload)) return payload.filter(isPlainObject).flatMap((item) => findRecords(item, envelope, path))
  if (!isPlainObject(payload)) return []
  const leadgen = facebookNotifications(payload)
  if (leadgen) return leadgen
  const wrapper = bestWrapper(payload)
  if (wrapper) {
    // Envelope keys carry their path ("payload.name" is a form's name, not the person's).
    const around = Object.entries(payload).filter(([k, v]) => k !== wrapper && isScalar(v))
    const meta = [...envelope, ...around.map(([key, value]) => ({ key: path + key, label: key, value, meta: true }))]
    return findRecords(payload[wrapper], meta, `${path}${wrapper}.`)
  }
  return [{ entries: [...flattenRecord(payload), ...envelope], raw: payload }]
}

/** Descend into a wrapper only when it holds more lead-like fields than the level around it. */
function bestWrapper(obj: Record<string, unknown>): string | undefined {
  const keys = Object.keys(obj)
  const candidates = keys.filter((key) => {
    if (!WRAPPERS.has(key.toLowerCase()) && keys.length > 1) return false
    const value = obj[key]
    return isPlainObject(Array.isArray(value) ? value.find(isPlainObject) : value)
  })
  if (candidates.length === 0) return undefined // most payloads: flat, nothing to compare
  let best: string | undefined
  let bestScore = leadScore(obj)
  for (const key of candidates) {
    const value = obj[key]
    const inner = (Array.isArray(value) ? value.find(isPlainObject) : value) as Record<string, unknown>
    const score = leadScore(inner)
    if (score > bestScore) {
      best = key
      bestScore = score
    }
  }
  return best
}

/** How many of an object's own fields (not those of nested objects) look like a lead's. */
function leadScore(obj: Record<string, unknown>): number {
  const own = flattenRecord(obj).filter((e) => !(e.key.includes('.') && !Object.hasOwn(obj, e.key)))
  return own.filter((e) => suggestTarget(e.key, e.label, e.value) !== null).length
}

/** Facebook's leadgen webhook: {object:'page', entry:[{changes:[{field:'leadgen', value:{leadgen_id,...}}]}]}. */
function facebookNotifications(obj: Record<string, unknown>): FoundRecord[] | null {
  if (!Array.isArray(obj.entry)) return null
  const changes = obj.entry.filter(isPlainObject).flatMap((e) => (Array.isArray(e.changes) ? e.changes.filter(isPlainObject) : []))
  const values = changes.filter((c) => c.field === 'leadgen' && isPlainObject(c.value)).map((c) => c.value as Record<string, unknown>)
  if (values.length === 0) return null
  return values.map((value) => ({
    entries: flattenRecord(value, true),
    raw: value,
    leadgen: { leadgenId: String(value.leadgen_id ?? ''), pageId: String(value.page_id ?? ''), formId: String(value.form_id ?? '') },
  }))
}
