import { randomUUID } from 'node:crypto'
import type { Lead, StoredWebhook } from '../../../shared/domain'
import { AppErrorException } from '../../../shared/app-error'
import type { BackgroundTasks } from '../background-tasks'
import type { EventBus } from '../event-bus'
import type { Logger } from '../logger'
import type { ReceivedFile } from '../receiver/parse-multipart'
import type { Store } from '../store/open-store'
import { assignLead } from './assign-lead'
import { leadSource } from './lead-source'
import { buildLead, type LeadDraft } from './build-lead'
import { createDedupeIndex } from './dedupe-index'
import { isTestSubmission } from './detect-test'
import type { FieldEntry, FoundRecord } from './field-entry'
import { findExternalId } from './find-external-id'
import { findRecords } from './find-records'
import { mergeDetectedFields } from './merge-detected-fields'
import { remapLead } from './remap-lead'

export type LeadIntake = ReturnType<typeof createLeadIntake>

export interface IntakeRequest {
  webhook: StoredWebhook
  payload: unknown
  files?: ReceivedFile[]
  idempotencyKey?: string
}

export interface IntakeOutcome {
  id: string | null
  status: 'created' | 'duplicate' | 'test'
}

interface Deps {
  store: Store
  events: EventBus
  clock: () => Date
  logger: Logger
  background: BackgroundTasks
  /** Called for each new Facebook leadgen notification, whose details must be fetched. */
  onLeadgen: (lead: Lead) => void
}

type Planned = { outcome: IntakeOutcome; lead?: Lead; waitFor?: Promise<boolean>; fill?: unknown }

/**
 * From a parsed payload to stored leads: find the record(s), map and normalise, recognise tests
 * and re-deliveries, apply defaults and distribution, store durably, then announce. The receiver
 * answers only after `receive` resolves.
 */
export function createLeadIntake({ store, events, clock, logger, background, onLeadgen }: Deps) {
  const dedupe = createDedupeIndex()
  store.leads.onLoaded((leads) => leads.forEach((l) => dedupe.remember(l)))
  // Leads taken while older ones were still loading are checked for duplicates once all are in.
  const createdWhileLoading: Lead[] = []
  void background.track(store.leads.ready.then(() => markLateDuplicates())).catch((err: Error) => logger.warn('duplicate check after loading failed', { err: err.message }))

  async function markLateDuplicates() {
    const found = createdWhileLoading.splice(0).flatMap((l) => {
      const duplicateOf = l.duplicateOf ?? dedupe.possibleDuplicateOf(l)
      return duplicateOf && duplicateOf !== l.duplicateOf ? [{ id: l.id, duplicateOf }] : []
    })
    if (found.length === 0) return
    const full = await store.leads.getManyFull(found.map((f) => f.id))
    const changed = full.map((l) => ({ ...l, duplicateOf: found.find((f) => f.id === l.id)!.duplicateOf }))
    await store.leads.update(...changed)
    changed.forEach((l) => events.emit('leads:updated', l))
  }

  function plan(webhook: StoredWebhook, record: FoundRecord, externalId: string | null, now: string): Planned | null {
    const isTest = isTestSubmission(record.entries, externalId)
    const draft = buildLead(record.entries, webhook)
    if (!record.leadgen && !draft.hasContact && (isTest || !hasAnyValue(record.entries))) {
      return isTest ? { outcome: { id: null, status: 'test' } } : null
    }
    // A platform id seen before on this webhook is a re-delivery: it answers the first lead's id and
    // creates nothing. If that lead is a Facebook notification still waiting for its details and
    // this delivery carries them (a relay forwarding the full lead), they fill it in.
    const earlier = dedupe.findRedelivery(webhook.id, externalId)
    if (earlier) {
      const waiting = store.leads.get(earlier.leadId)?.fetch?.state
      const fill = !record.leadgen && draft.hasContact && (waiting === 'pending' || waiting === 'failed') ? record.raw : undefined
      return { outcome: { id: earlier.leadId, status: 'duplicate' }, waitFor: earlier.stored, fill }
    }
    const lead = toLead(webhook, record, draft, { now, externalId, isTest })
    return { outcome: { id: lead.id, status: isTest ? 'test' : 'created' }, lead }
  }

  function toLead(webhook: StoredWebhook, record: FoundRecord, draft: LeadDraft, o: { now: string; externalId: string | null; isTest: boolean }): Lead {
    const base = {
      ...draft.fields,
      source: leadSource(draft.fields.source, webhook),
      isTest: o.isTest,
    }
    const { assignee, assignedBy, advanced } = assignLead(base, webhook, store.settings.get())
    if (advanced) void background.track(store.settings.saveRule(advanced)).catch((err: Error) => logger.warn('could not save the round-robin turn', { err: err.message }))
    const lead: Lead = {
      id: randomUUID(),
      webhookId: webhook.id,
      createdAt: o.now,
      ...base,
      status: webhook.defaults.status || 'New',
      tags: [...webhook.defaults.tags],
      assignee,
      assignedBy,
      custom: draft.custom,
      raw: record.raw,
      phoneRaw: draft.phoneRaw,
      salutation: draft.salutation,
      externalId: o.externalId,
      duplicateOf: null,
      fetch: record.leadgen ? { state: 'pending', error: null, attempts: 0 } : null,
      updatedAt: null,
    }
    lead.duplicateOf = o.isTest ? null : dedupe.possibleDuplicateOf(lead)
    return lead
  }

  // Rewriting app.json for every lead would cost a durable write per request: the detected fields
  // are saved when a new field appears, and otherwise (fresh samples, last-seen times) once a minute.
  const lastSaved = new Map<string, number>()
  async function recordFields(webhook: StoredWebhook, entries: FieldEntry[], now: string) {
    const known = new Set(webhook.detectedFields.map((f) => f.name))
    const hasNew = !webhook.firstRequestAt || entries.some((e) => !known.has(e.key))
    if (!hasNew && Date.parse(now) - (lastSaved.get(webhook.id) ?? 0) < 60_000) return
    lastSaved.set(webhook.id, Date.parse(now))
    await store.webhooks
      .update(webhook.id, (w) => ({ ...w, firstRequestAt: w.firstRequestAt ?? now, detectedFields: mergeDetectedFields(w.detectedFields, entries, now) }))
      .catch((err: Error) => logger.warn('could not record detected fields', { webhookId: webhook.id, err: err.message }))
  }

  // Lead counts change with every lead; windows refresh their webhook list at most twice a second.
  const announcing = new Set<string>()
  function announceWebhook(id: string) {
    if (announcing.has(id)) return
    announcing.add(id)
    setTimeout(() => {
      announcing.delete(id)
      events.emit('webhooks:changed', { id, deleted: false })
    }, 500).unref()
  }

  return {
    async receive({ webhook, payload, files = [], idempotencyKey }: IntakeRequest): Promise<IntakeOutcome[]> {
      const now = clock().toISOString()
      const records = findRecords(payload).map((r) => withFiles(r, files, payload))
      if (records.length === 0) {
        throw new AppErrorException('invalid_payload', "Expected an object with the lead's fields (or a list of them).", 422)
      }
      const ids = records.map((r) => findExternalId(r, records.length === 1 ? idempotencyKey : undefined))
      // While older leads are still loading after a start, a platform id not seen yet may be among
      // them: wait before planning anything (planning assigns leads, which advances round-robin turns).
      if (store.leads.isLoading() && ids.some((id) => id && !dedupe.findRedelivery(webhook.id, id))) await store.leads.ready
      const planned = records.map((r, i) => plan(webhook, r, ids[i]!, now)).filter((p): p is Planned => p !== null)
      if (planned.length === 0) {
        throw new AppErrorException('empty_payload', 'The payload holds no lead: send fields such as name, email, phone or message.', 422)
      }
      // Only requests that made (or matched) a lead teach the webhook its fields: a refused one stores nothing.
      const fieldsSeen = recordFields(webhook, records.flatMap((r) => r.entries), now)
      await storeNew(planned.flatMap((p) => (p.lead ? [p.lead] : [])))
      // A re-delivery of a lead still being written waits for it: if that write failed, so does this one.
      if ((await Promise.all(planned.map((p) => p.waitFor ?? true))).includes(false)) {
        throw new AppErrorException('store_write_failed', 'The earlier copy of this lead could not be saved. Try again.', 503)
      }
      for (const p of planned) if (p.fill !== undefined) await fillIn(webhook, p.outcome.id!, p.fill, now)
      await fieldsSeen
      announceWebhook(webhook.id)
      return planned.map((p) => p.outcome)
    },
  }

  async function fillIn(webhook: StoredWebhook, leadId: string, raw: unknown, now: string) {
    const lead = await store.leads.getFull(leadId)
    if (!lead) return
    const filled = { ...remapLead(lead, webhook, now, raw), fetch: { state: 'done' as const, error: null, attempts: lead.fetch?.attempts ?? 0 } }
    await store.leads.update(filled)
    events.emit('leads:updated', filled)
  }

  async function storeNew(leads: Lead[]) {
    if (leads.length === 0) return
    let settle!: (ok: boolean) => void
    const stored = new Promise<boolean>((r) => (settle = r))
    leads.forEach((l) => dedupe.reserve(l, stored))
    try {
      await store.leads.add(leads)
      settle(true)
    } catch (err) {
      settle(false)
      leads.forEach((l) => dedupe.release(l))
      throw err
    }
    if (store.leads.isLoading()) createdWhileLoading.push(...leads.filter((l) => !l.isTest))
    for (const lead of leads) {
      dedupe.remember(lead)
      events.emit('leads:received', lead)
      if (lead.fetch?.state === 'pending') onLeadgen(lead)
    }
  }
}

function hasAnyValue(entries: FieldEntry[]) {
  return entries.some((e) => !e.meta && e.value !== null && e.value !== undefined && String(e.value).trim() !== '')
}

/** File parts are recorded by name and size on every record; their bytes are never kept. */
function withFiles(record: FoundRecord, files: ReceivedFile[], payload: unknown): FoundRecord {
  const entries = files.map((f) => ({ key: `${f.field} (file)`, label: `${f.field} (file)`, value: `${f.filename || 'unnamed'}, ${f.contentType}, ${f.bytes} bytes (not stored)`, meta: false }))
  // A single record keeps the whole payload as its raw; a list keeps each element's own.
  const raw = record.raw === payload || !Array.isArray(payload) ? payload : record.raw
  return { ...record, entries: [...record.entries, ...entries], raw: record.leadgen ? record.raw : raw }
}
