import type { Lead } from '../../../lib/domain'

/** What to call a lead in a list or a heading: its name, else how to reach it, else where it came from. */
export function leadTitle(lead: Lead): string {
  if (lead.name || lead.email || lead.phone) return lead.name || lead.email || lead.phone
  if (lead.fetch && lead.externalId) return `Facebook lead ${lead.externalId}`
  return 'Unnamed lead'
}
