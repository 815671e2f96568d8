import type { DistributionRule, Lead, Settings, StoredWebhook } from '../../../shared/domain'

export interface Assignment {
  assignee: string | null
  assignedBy: string | null
  /** The round-robin rule whose turn advanced, to be saved. */
  advanced?: DistributionRule
}

/**
 * Who gets the lead: the first enabled distribution rule that applies to this webhook and matches
 * (round-robin among its members, or by a field's value), else the webhook's default assignee.
 * Test leads are never distributed, so they do not use up anyone's turn.
 */
export function assignLead(lead: Pick<Lead, 'isTest' | 'name' | 'email' | 'phone' | 'company' | 'city' | 'source' | 'notes'>, webhook: StoredWebhook, settings: Settings): Assignment {
  const fallback: Assignment = webhook.defaults.assignee ? { assignee: webhook.defaults.assignee, assignedBy: 'Webhook default' } : { assignee: null, assignedBy: null }
  if (lead.isTest) return fallback
  const members = new Map(settings.team.map((m) => [m.id, m.name]))
  for (const rule of settings.distribution) {
    if (!rule.enabled || (rule.webhookIds.length > 0 && !rule.webhookIds.includes(webhook.id))) continue
    if (rule.kind === 'round-robin') {
      const ids = rule.memberIds.filter((id) => members.has(id))
      if (ids.length === 0) continue
      const memberId = ids[rule.next % ids.length]!
      return { assignee: members.get(memberId)!, assignedBy: rule.name, advanced: { ...rule, next: (rule.next + 1) % ids.length } }
    }
    const value = lead[rule.field].trim().toLowerCase()
    const hit = rule.cases.find((c) => c.value.trim().toLowerCase() === value && members.has(c.memberId))
    if (hit) return { assignee: members.get(hit.memberId)!, assignedBy: rule.name }
  }
  return fallback
}
