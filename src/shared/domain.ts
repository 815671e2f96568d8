import { z } from 'zod'

/** The lead platforms a webhook can be set up for; each has its own setup steps in the wizard. */
export const platformSchema = z.enum(['facebook', 'indiamart', 'justdial', 'google-ads', 'website', 'custom'])
export type Platform = z.infer<typeof platformSchema>

export const detectedFieldSchema = z.object({
  name: z.string(),
  sample: z.string(),
})
export type DetectedField = z.infer<typeof detectedFieldSchema>

/** What the store keeps for a webhook. */
export const storedWebhookSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1),
  sourceLabel: z.string(),
  platform: platformSchema,
  token: z.string().min(22),
  enabled: z.boolean(),
  createdAt: z.iso.datetime(),
  firstRequestAt: z.iso.datetime().nullable(),
  detectedFields: z.array(detectedFieldSchema),
})
export type StoredWebhook = z.infer<typeof storedWebhookSchema>

/** What the UI sees: the stored webhook plus what the core derives (URLs, counts). */
export const webhookSchema = storedWebhookSchema.extend({
  url: z.string(),
  localUrl: z.string(),
  leadCount: z.number().int().nonnegative(),
  lastLeadAt: z.iso.datetime().nullable(),
})
export type Webhook = z.infer<typeof webhookSchema>

export const leadSchema = z.object({
  id: z.uuid(),
  webhookId: z.uuid(),
  createdAt: z.iso.datetime(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  company: z.string(),
  city: z.string(),
  source: z.string(),
  notes: z.string(),
  status: z.string(),
  tags: z.array(z.string()),
  assignee: z.string().nullable(),
  custom: z.record(z.string(), z.string()),
  raw: z.unknown(),
})
export type Lead = z.infer<typeof leadSchema>

/** One request the receiver answered, kept so the user can see what arrived and what went wrong. */
export const deliverySchema = z.object({
  id: z.uuid(),
  webhookId: z.uuid().nullable(),
  receivedAt: z.iso.datetime(),
  method: z.string(),
  contentType: z.string(),
  bytes: z.number().int().nonnegative(),
  statusCode: z.number().int(),
  outcome: z.enum(['created', 'rejected']),
  errorCode: z.string().nullable(),
  message: z.string().nullable(),
  leadIds: z.array(z.uuid()),
})
export type Delivery = z.infer<typeof deliverySchema>

export const tunnelStateSchema = z.enum(['disabled', 'connecting', 'online', 'offline'])
export const tunnelStatusSchema = z.object({
  state: tunnelStateSchema,
  host: z.string(),
  url: z.string().nullable(),
  reason: z.string().nullable(),
  since: z.iso.datetime(),
})
export type TunnelStatus = z.infer<typeof tunnelStatusSchema>

export const settingsSchema = z.object({
  tunnelEnabled: z.boolean(),
  tunnelHost: z.url({ protocol: /^https?$/ }),
})
export type Settings = z.infer<typeof settingsSchema>

export const errorSchema = z.object({ code: z.string(), message: z.string() })
export type AppError = z.infer<typeof errorSchema>
