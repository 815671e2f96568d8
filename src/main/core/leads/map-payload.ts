/**
 * Turns one flat incoming object into CRM fields. In this first version the mapping is the seed's
 * table (matched case-insensitively); field detection and per-webhook mappings come later.
 * Everything that maps to no CRM field is kept by name in `custom`, so nothing sent is lost.
 */
export const CRM_FIELDS = ['name', 'email', 'phone', 'company', 'city', 'source', 'notes'] as const
export type CrmField = (typeof CRM_FIELDS)[number]

// A Map, not an object literal: a payload key like "constructor" must not find Object.prototype's.
const SEED_MAPPING = new Map<string, CrmField>([
  ['name', 'name'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['company', 'company'],
  ['city', 'city'],
  ['source', 'source'],
  ['message', 'notes'],
])

export interface MappedPayload {
  fields: Record<CrmField, string>
  custom: Record<string, string>
}

export function mapPayload(payload: Record<string, unknown>): MappedPayload {
  const fields = Object.fromEntries(CRM_FIELDS.map((f) => [f, ''])) as Record<CrmField, string>
  const custom: [string, string][] = []
  for (const [key, value] of Object.entries(payload)) {
    const text = toText(value)
    const target = SEED_MAPPING.get(key.trim().toLowerCase())
    if (target && !fields[target]) fields[target] = text
    else custom.push([key, text])
  }
  // Object.fromEntries defines own properties, so a key like "__proto__" stays plain data.
  return { fields, custom: Object.fromEntries(custom) }
}

/** A value as the text a person would read: trimmed, objects and lists as compact JSON. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  return JSON.stringify(value)
}
