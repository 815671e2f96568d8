import { isPlainObject, isScalar, type FieldEntry } from './field-entry'

// Keys of name/value lists: Facebook field_data {name, values}, Google user_column_data
// {column_id, column_name, string_value}, and the many {label|key|field, value} variants.
const NAME_KEYS = ['column_id', 'name', 'key', 'field', 'id', 'fieldName', 'question', 'column_name', 'label', 'title']
const LABEL_KEYS = ['column_name', 'label', 'title', 'question', 'name']
const VALUE_KEYS = ['values', 'value', 'string_value', 'answer', 'raw_value', 'val']
// Keyed maps of {value} objects whose entries are the lead's own fields (Elementor `fields`).
const FIELD_MAPS = new Set(['fields', 'form_fields', 'answers', 'field_values'])
const MAX_DEPTH = 4

const pick = (o: Record<string, unknown>, keys: string[]) => keys.find((k) => Object.hasOwn(o, k) && o[k] !== undefined && o[k] !== null)

/** A list of objects that each name one field and carry its value. */
export function isNameValueList(v: unknown): v is Record<string, unknown>[] {
  return Array.isArray(v) && v.length > 0 && v.every((i) => isPlainObject(i) && pick(i, NAME_KEYS) !== undefined && pick(i, VALUE_KEYS) !== undefined)
}

/** An object whose values are all `{value, ...}` objects, keyed by field id (Elementor). */
function isKeyedValueMap(v: unknown): v is Record<string, Record<string, unknown>> {
  if (!isPlainObject(v)) return false
  const items = Object.values(v)
  return items.length > 0 && items.every((i) => isPlainObject(i) && Object.hasOwn(i, 'value'))
}

function fromNameValueList(list: Record<string, unknown>[], meta: boolean): FieldEntry[] {
  return list.map((item) => {
    const key = String(item[pick(item, NAME_KEYS)!])
    const labelKey = pick(item, LABEL_KEYS)
    const raw = item[pick(item, VALUE_KEYS)!]
    return { key, label: labelKey ? String(item[labelKey]) : key, value: unwrapSingle(raw), meta }
  })
}

function fromKeyedMap(name: string, map: Record<string, Record<string, unknown>>, meta: boolean): FieldEntry[] {
  const own = FIELD_MAPS.has(name.toLowerCase())
  return Object.entries(map).map(([id, item]) => {
    const key = own ? String(item.id ?? id) : `${name}.${id}`
    const label = String(item.title ?? item.label ?? item.id ?? id)
    return { key, label, value: unwrapSingle(item.value), meta: meta || !own }
  })
}

/** A one-element list (a select or checkbox with one choice) is that value. */
export function unwrapSingle(v: unknown): unknown {
  return Array.isArray(v) && v.length === 1 ? v[0] : v
}

/** More fields than any form has: the rest stays in the raw payload, and the lead says so. */
export const MAX_FIELDS = 500

/** Turns one lead object into flat entries: lists and nested objects are read, never dropped. */
export function flattenRecord(record: Record<string, unknown>, meta = false, prefix = '', depth = 0): FieldEntry[] {
  const out = flattenAll(record, meta, prefix, depth)
  if (out.length <= MAX_FIELDS) return out
  const note = { key: '(more fields)', label: 'More fields', value: `${out.length - MAX_FIELDS} more fields were sent; they are in the raw payload.`, meta: false }
  return [...out.slice(0, MAX_FIELDS), note]
}

function flattenAll(record: Record<string, unknown>, meta: boolean, prefix: string, depth: number): FieldEntry[] {
  const out: FieldEntry[] = []
  for (const [name, value] of Object.entries(record)) {
    const key = prefix + name
    if (isScalar(value) || (Array.isArray(value) && value.every(isScalar))) {
      out.push({ key, label: name, value: unwrapSingle(value), meta })
    } else if (isNameValueList(value)) {
      out.push(...fromNameValueList(value, meta))
    } else if (isKeyedValueMap(value)) {
      out.push(...fromKeyedMap(key, value, meta))
    } else if (isPlainObject(value) && depth < MAX_DEPTH) {
      out.push(...flattenAll(value, meta, `${key}.`, depth + 1))
    } else if (value !== undefined) {
      out.push({ key, label: name, value: JSON.stringify(value), meta })
    }
  }
  return out
}
