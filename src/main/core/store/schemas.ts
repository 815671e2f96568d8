import { z } from 'zod'
import { deliverySchema, leadSchema, settingsSchema, storedWebhookSchema } from '../../../shared/domain'

/**
 * Every file carries a schema version. An older file is migrated forward when it is opened (and
 * written back at the next write); a newer one, from a later version of the app, is refused
 * rather than damaged.
 */
export const STORE_VERSION = 2 as const

export const appFileSchema = z.object({
  schemaVersion: z.literal(STORE_VERSION),
  settings: settingsSchema,
  webhooks: z.array(storedWebhookSchema),
})
export type AppFile = z.infer<typeof appFileSchema>

export const leadsFileSchema = z.object({
  schemaVersion: z.literal(STORE_VERSION),
  leads: z.array(leadSchema),
})
export type LeadsFile = z.infer<typeof leadsFileSchema>

export const deliveriesFileSchema = z.object({
  schemaVersion: z.literal(STORE_VERSION),
  deliveries: z.array(deliverySchema),
})
export type DeliveriesFile = z.infer<typeof deliveriesFileSchema>

type Doc = Record<string, unknown> & { schemaVersion?: number }
type Migration = (doc: Doc) => Doc

/** v1 -> v2: webhook settings (mapping, defaults, Facebook), lead flags, team and distribution. */
const fillWith =
  <T extends z.ZodType>(schema: T) =>
  (item: unknown) => ({ ...(schema.parse(item) as object), ...(item as object) })

export const migrations: Record<'app' | 'leads' | 'deliveries', Record<number, Migration>> = {
  app: {
    1: (doc) => ({
      ...doc,
      schemaVersion: 2,
      settings: fillWith(settingsSchema)(doc.settings),
      webhooks: (doc.webhooks as unknown[]).map(fillWith(storedWebhookSchema)),
    }),
  },
  // Spread the original lead last: zod's copy of `custom` would drop a key named "__proto__".
  leads: { 1: (doc) => ({ ...doc, schemaVersion: 2, leads: (doc.leads as unknown[]).map(fillWith(leadSchema)) }) },
  deliveries: { 1: (doc) => ({ ...doc, schemaVersion: 2 }) },
}
