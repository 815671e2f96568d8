import type { Lead } from '../../../shared/domain'

interface Reservation {
  leadId: string
  /** Resolves true once the lead is on disk, false if its write failed. */
  stored: Promise<boolean>
}

/**
 * Recognises re-deliveries (the same platform lead id on the same webhook) and possible duplicates
 * (the same phone or email as an earlier real lead). A platform id is reserved the moment a request
 * claims it, before the write, so two identical requests arriving together create one lead.
 */
export function createDedupeIndex() {
  const byExternalId = new Map<string, Reservation>()
  const byContact = new Map<string, { id: string; createdAt: string }>()
  const key = (webhookId: string, externalId: string) => `${webhookId}\u0000${externalId}`
  const contactKeys = (l: Pick<Lead, 'phone' | 'email'>) => [l.phone && `p:${l.phone}`, l.email && `e:${l.email}`].filter(Boolean) as string[]

  function remember(lead: Lead) {
    if (lead.externalId) byExternalId.set(key(lead.webhookId, lead.externalId), { leadId: lead.id, stored: Promise.resolve(true) })
    if (lead.isTest) return
    // Leads load newest first after a start: keep the earliest lead for each phone and email.
    if (lead.phone) keep(`p:${lead.phone}`, lead)
    if (lead.email) keep(`e:${lead.email}`, lead)
  }
  function keep(k: string, lead: Lead) {
    const known = byContact.get(k)
    if (!known || lead.createdAt < known.createdAt) byContact.set(k, { id: lead.id, createdAt: lead.createdAt })
  }

  return {
    findRedelivery: (webhookId: string, externalId: string | null) => (externalId ? byExternalId.get(key(webhookId, externalId)) : undefined),
    reserve(lead: Lead, stored: Promise<boolean>) {
      if (lead.externalId) byExternalId.set(key(lead.webhookId, lead.externalId), { leadId: lead.id, stored })
    },
    release(lead: Lead) {
      if (lead.externalId && byExternalId.get(key(lead.webhookId, lead.externalId))?.leadId === lead.id) {
        byExternalId.delete(key(lead.webhookId, lead.externalId))
      }
    },
    /** The earliest real lead sharing this phone or email, if any. */
    possibleDuplicateOf: (lead: Pick<Lead, 'phone' | 'email' | 'id'>) =>
      contactKeys(lead).map((k) => byContact.get(k)?.id).find((id) => id && id !== lead.id) ?? null,
    remember,
  }
}

export type DedupeIndex = ReturnType<typeof createDedupeIndex>
