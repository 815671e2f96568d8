import type { MappingTarget } from '../../../shared/domain'
import type { FieldEntry } from './field-entry'
import { lookupSynonym, normalise, NOT_A_PHONE, NOT_THE_LEAD, stripNoise, type SuggestedTarget } from './synonyms'

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i
const PHONE = /^\+?[\d\s\-().]{9,20}$/

interface Candidate {
  target: SuggestedTarget
  /** Lower is better: synonyms by their order, value patterns after every synonym. */
  rank: number
}

/** The CRM field a single incoming field most likely is, from its key, its label, then its value. */
// Platforms send the same keys again and again: the verdict on a key and label is remembered.
const byName = new Map<string, Candidate | null | 'by-value'>()

function suggestByName(key: string, label: string): Candidate | null | 'by-value' {
  // The key as sent beats the key without form-builder noise, which beats the label.
  const words: [string, number][] = [[normalise(key), 0], [stripNoise(key), 30], [normalise(label), 60], [stripNoise(label), 60]]
  for (const [word, penalty] of words) {
    const hit = lookupSynonym(word)
    if (hit) return { target: hit.target, rank: hit.rank + penalty }
  }
  return NOT_THE_LEAD.test(key) ? null : 'by-value'
}

export function suggestTarget(key: string, label: string, value: unknown): Candidate | null {
  const id = `${key}\u0000${label}`
  let verdict = byName.get(id)
  if (verdict === undefined) {
    if (byName.size > 10_000) byName.clear()
    byName.set(id, (verdict = suggestByName(key, label)))
  }
  if (verdict !== 'by-value') return verdict
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''
  if (EMAIL.test(text)) return { target: 'email', rank: 100 }
  const digits = text.replace(/\D/g, '').length
  if (PHONE.test(text) && digits >= 10 && digits <= 15 && !NOT_A_PHONE.test(key)) return { target: 'phone', rank: 100 }
  return null
}

const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0)

// Targets that hold one value: the best-ranked field wins, the others stay custom.
const SINGLE = new Set<SuggestedTarget>(['name', 'first_name', 'last_name', 'salutation', 'email', 'phone', 'phone_country_code', 'company', 'city', 'source'])

/** Suggested target per field key for a whole record; envelope metadata is never auto-mapped. */
export function suggestMapping(entries: FieldEntry[], { skipEmpty = true } = {}): Map<string, MappingTarget> {
  const best = new Map<SuggestedTarget, { key: string; rank: number }>()
  const out = new Map<string, MappingTarget>()
  for (const e of entries) {
    // An empty field never takes a target from one that has a value (IndiaMART's empty SENDER_PHONE).
    if (e.meta || out.has(e.key) || (skipEmpty && isEmpty(e.value))) continue
    const c = suggestTarget(e.key, e.label, e.value)
    if (!c) continue
    if (!SINGLE.has(c.target)) {
      out.set(e.key, c.target)
      continue
    }
    const current = best.get(c.target)
    if (current && current.rank <= c.rank) continue
    if (current) out.delete(current.key)
    best.set(c.target, { key: e.key, rank: c.rank })
    out.set(e.key, c.target)
  }
  return out
}
