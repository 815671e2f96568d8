import { z } from 'zod'
import { leadSchema, settingsSchema, storedWebhookSchema } from '../../../shared/domain'

/**
 * Every file carries a schema version. An older file is migrated forward when it is opened (and
 * written back at the next write); a newer one, from a later version of the app, is refused
 * rather than damaged.
 * v1: first layout. v2: webhook settings (mapping, defaults, Facebook), lead flags, team and
 * distribution. v3: leads and the delivery log split into segments (see segmented-collection).
 */
export const STORE_VERSION = 3 as const

export const appFileSchema = z.object({
  schemaVersion: z.literal(STORE_VERSION),
  settings: settingsSchema,
  webhooks: z.array(storedWebhookSchema),
})
export type AppFile = z.infer<typeof appFileSchema>

type Doc = Record<string, unknown> & { schemaVersion?: number }

/** Fills new fields with their defaults; the original spread last keeps keys zod would drop ("__proto__"). */
const fillWith =
  <T extends z.ZodType>(schema: T) =>
  (item: unknown) => ({ ...(schema.parse(item) as object), ...(item as object) })

/** app.json from any earlier version to the current one. */
export function migrateApp(data: unknown): unknown {
  const doc = data as Doc
  if (doc?.schemaVersion === 1 || doc?.schemaVersion === 2) {
    return {
      ...doc,
      schemaVersion: STORE_VERSION,
      settings: fillWith(settingsSchema)(doc.settings),
      webhooks: (doc.webhooks as unknown[]).map(fillWith(storedWebhookSchema)),
    }
  }
  return data
}

/** A lead of the single-file layout (v1 or v2) in the current shape. */
export const migrateLead = fillWith(leadSchema)
