import { z } from 'zod'
import { deliverySchema, leadSchema, settingsSchema, storedWebhookSchema } from '../../../shared/domain'

/** Every file carries a schema version so that later layouts can migrate forward. */
export const STORE_VERSION = 1 as const

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
