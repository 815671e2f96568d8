import type { CrmField, MappingTarget, StoredWebhook } from '../../../shared/domain'
import { cleanText } from './clean-text'
import { PLACEHOLDER } from './detect-test'
import type { FieldEntry } from './field-entry'
import { normalizePhone } from './normalize-phone'
import { suggestMapping } from './suggest-mapping'

export interface LeadDraft {
  fields: Record<CrmField, string>
  phoneRaw: string
  salutation: string
  custom: Record<string, string>
  /** The record carries something a person could act on (name, email, phone, company or notes). */
  hasContact: boolean
}

// Keys whose values are credentials: never copied into custom fields or notes.
const SECRET = /(^|[^a-z])(google_?key|access_?token|token|secret|password|signature|api_?key)$/i

// The status of the platform's own API call around the lead (IndiaMART's CODE 200 / STATUS SUCCESS): not lead data.
const ENVELOPE_STATUS = /^(code|status|message|success|total_records)$/i

type Settings = Pick<StoredWebhook, 'mapping' | 'defaultCountry'>

/** The target of each field: the webhook's saved mapping first, then the suggestion. */
export function resolveTargets(entries: FieldEntry[], webhook: Settings): Map<string, MappingTarget> {
  const targets = suggestMapping(entries)
  for (const rule of webhook.mapping) if (entries.some((e) => e.key === rule.field)) targets.set(rule.field, rule.target)
  return targets
}

/** Applies the mapping to one record and normalises the values. */
export function buildLead(entries: FieldEntry[], webhook: Settings): LeadDraft {
  const targets = resolveTargets(entries, webhook)
  const parts = new Map<string, string[]>()
  const custom: [string, string][] = []
  const summary: string[] = []
  for (const e of entries) {
    const text = cleanText(e.value)
    const target = targets.get(e.key)
    if (target === 'ignore' || SECRET.test(e.key) || (e.meta && ENVELOPE_STATUS.test(e.key))) continue
    if (target && !target.startsWith('custom:') && !(typeof e.value === 'string' && PLACEHOLDER.test(e.value))) {
      if (text) parts.set(target, [...(parts.get(target) ?? []), text])
      continue
    }
    if (!text) continue
    const name = target?.startsWith('custom:') ? target.slice(7) : e.key
    custom.push([name, text])
    // The notes summarise what the CRM fields cannot hold; envelope metadata stays in custom only.
    if (!e.meta) summary.push(`${target?.startsWith('custom:') ? name : e.label}: ${text}`)
  }
  return assemble(parts, custom, summary, webhook.defaultCountry)
}

function assemble(parts: Map<string, string[]>, custom: [string, string][], summary: string[], country: string): LeadDraft {
  const one = (t: string) => parts.get(t)?.[0] ?? ''
  const name = one('name') || [one('first_name'), one('last_name')].filter(Boolean).join(' ')
  const phoneRaw = one('phone')
  const message = (parts.get('notes') ?? []).join('\n\n')
  const fields: Record<CrmField, string> = {
    name,
    email: one('email').toLowerCase(),
    phone: normalizePhone(phoneRaw, country, one('phone_country_code')),
    company: one('company'),
    city: one('city') || cityFromAddress(custom),
    source: one('source'),
    notes: [message, summary.join('\n')].filter(Boolean).join('\n\n'),
  }
  // A phone that cannot be normalised is kept as sent rather than lost.
  if (!fields.phone && /\d{5,}/.test(phoneRaw)) fields.phone = phoneRaw
  const hasContact = Boolean(fields.name || fields.email || fields.phone || fields.company || message)
  // Object.fromEntries defines own properties, so a key like "__proto__" stays plain data.
  return { fields, phoneRaw, salutation: one('salutation'), custom: Object.fromEntries(custom), hasContact }
}

/** WPForms sends an address as "street||City, State PIN||Country": its second line starts with the city. */
function cityFromAddress(custom: [string, string][]): string {
  const address = custom.find(([k]) => /(^|[^a-z])address$/i.test(k))?.[1]
  const lines = address?.split('\n') ?? []
  if (lines.length < 3) return ''
  return lines[1]!.split(',')[0]!.trim()
}
