import { z } from 'zod'

/** The lead platforms a webhook can be set up for; each has its own setup steps in the wizard. */
export const platformSchema = z.enum(['facebook', 'indiamart', 'justdial', 'google-ads', 'website', 'custom'])
export type Platform = z.infer<typeof platformSchema>

export const detectedFieldSchema = z.object({
  name: z.string(),
  /** What a person would call it: a form label or column name (the key when there is none). */
  label: z.string().optional(),
  sample: z.string(),
  /** Envelope data around the lead (a form's name, a submission time): never auto-mapped. */
  meta: z.boolean().optional(),
  firstSeenAt: z.iso.datetime().optional(),
  lastSeenAt: z.iso.datetime().optional(),
})
export type DetectedField = z.infer<typeof detectedFieldSchema>

/** The lead's own CRM fields. */
export const crmFieldSchema = z.enum(['name', 'email', 'phone', 'company', 'city', 'source', 'notes'])
export type CrmField = z.infer<typeof crmFieldSchema>

/**
 * Where an incoming field goes: a CRM field, a part that is joined into one (first and last name,
 * a salutation kept apart, a country code joined to the number), a named custom field, or nowhere.
 */
export const mappingTargetSchema = z.union([
  crmFieldSchema,
  z.enum(['first_name', 'last_name', 'salutation', 'phone_country_code', 'ignore']),
  z.templateLiteral(['custom:', z.string().min(1).max(80)]),
])
export type MappingTarget = z.infer<typeof mappingTargetSchema>

export const mappingRuleSchema = z.object({ field: z.string().min(1), target: mappingTargetSchema })
export type MappingRule = z.infer<typeof mappingRuleSchema>

/** Applied when the payload lacks the field. */
export const leadDefaultsSchema = z.object({
  status: z.string().trim().max(40).default('New'),
  source: z.string().trim().max(120).default(''),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  assignee: z.string().nullable().default(null),
})
export type LeadDefaults = z.infer<typeof leadDefaultsSchema>

/** ISO 3166 alpha-2 region used for numbers written without a country code. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as IN')

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
  mapping: z.array(mappingRuleSchema).default([]),
  defaults: leadDefaultsSchema.default({ status: 'New', source: '', tags: [], assignee: null }),
  defaultCountry: countryCodeSchema.default('IN'),
  /** Facebook: the token Meta echoes in its verification GET, and the Graph API access for leadgen. */
  verifyToken: z.string().max(200).default(''),
  pageAccessToken: z.string().max(1000).default(''),
  graphBaseUrl: z.url({ protocol: /^https?$/ }).default('https://graph.facebook.com/v21.0'),
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
  /** The phone as it arrived, before normalisation to E.164. */
  phoneRaw: z.string().default(''),
  salutation: z.string().default(''),
  /** The platform's own lead id (IndiaMART UNIQUE_QUERY_ID, Facebook leadgen_id, ...). */
  externalId: z.string().nullable().default(null),
  isTest: z.boolean().default(false),
  /** An earlier lead with the same phone or email: shown, never merged silently. */
  duplicateOf: z.uuid().nullable().default(null),
  /** Which distribution rule (or the webhook's default) chose the assignee. */
  assignedBy: z.string().nullable().default(null),
  /** Facebook leadgen: the lead's details are fetched from the Graph API after the notification. */
  fetch: z
    .object({ state: z.enum(['pending', 'failed', 'done']), error: z.string().nullable(), attempts: z.number().int() })
    .nullable()
    .default(null),
  updatedAt: z.iso.datetime().nullable().default(null),
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
  outcome: z.enum(['created', 'duplicate', 'test', 'verified', 'rejected']),
  errorCode: z.string().nullable(),
  message: z.string().nullable(),
  leadIds: z.array(z.uuid()),
})
export type Delivery = z.infer<typeof deliverySchema>

/**
 * disabled: turned off. direct: no tunnel, the user's own public URL is used. connecting: an open
 * is under way. online: `url` reaches the receiver. reconnecting: a live tunnel was lost (`reason`)
 * and is reopened at `nextAttemptAt`. offline: opening failed (`reason`); next try at `nextAttemptAt`.
 */
export const tunnelStateSchema = z.enum(['disabled', 'direct', 'connecting', 'online', 'reconnecting', 'offline'])
export const tunnelStatusSchema = z.object({
  state: tunnelStateSchema,
  host: z.string(),
  /** online: the tunnel's public URL; direct: the direct URL; otherwise null. */
  url: z.string().nullable(),
  reason: z.string().nullable(),
  since: z.iso.datetime(),
  nextAttemptAt: z.iso.datetime().nullable(),
  /** The installation's stable subdomain, asked for at every open (null when no tunnel is used). */
  requestedSubdomain: z.string().nullable(),
  /** What the server gave (online only); differs from the requested one when it was held elsewhere. */
  grantedSubdomain: z.string().nullable(),
  /** The last change of the public URL in this run, and the URL before it (what platforms may still hold). */
  urlChangedAt: z.iso.datetime().nullable(),
  previousUrl: z.string().nullable(),
  /** Online on another subdomain: when the app next tries to take the stable one back (null: it does not). */
  reclaimAt: z.iso.datetime().nullable(),
})
export type TunnelStatus = z.infer<typeof tunnelStatusSchema>

/** A localtunnel subdomain, by the server's own rule: 4-63 of a-z, 0-9 and "-" (6 or more with a "-", not at either end). */
export const tunnelSubdomainSchema = z
  .string()
  .regex(/^(?:[a-z0-9]{4,63}|(?=.{6,63}$)[a-z0-9][a-z0-9-]*[a-z0-9])$/, 'Use 4 to 63 lowercase letters, digits or hyphens, not starting or ending with a hyphen')

/** The user's own public base URL (a reverse proxy, a fixed address): http(s), no query or fragment. */
export const directUrlSchema = z
  .url({ protocol: /^https?$/ })
  .refine((u) => !/[?#]/.test(u), 'A base URL without ? or #, like https://leads.example.com')

/** The public URL moved: every platform still holding the old webhook URLs fails until updated. */
export const tunnelUrlChangeSchema = z.object({
  previousUrl: z.string(),
  url: z.string(),
  at: z.iso.datetime(),
  /** Every webhook, with the URL to paste into its platform now. */
  affectedWebhooks: z.array(z.object({ id: z.uuid(), name: z.string(), url: z.string() })),
})
export type TunnelUrlChange = z.infer<typeof tunnelUrlChangeSchema>

/** The tunnel has been down since `since` (once per outage, after a delay): leads cannot arrive. */
export const tunnelOutageSchema = z.object({ since: z.iso.datetime(), reason: z.string().nullable() })
export type TunnelOutage = z.infer<typeof tunnelOutageSchema>

/** One tunnel session: opened, at which URL, closed when and why (null: still open, or cut short). */
export const tunnelSessionSchema = z.object({
  id: z.uuid(),
  host: z.string(),
  url: z.string(),
  requestedSubdomain: z.string().nullable(),
  grantedSubdomain: z.string(),
  openedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  closeReason: z.string().nullable(),
})
export type TunnelSession = z.infer<typeof tunnelSessionSchema>

/** A message for "not a number at all"; other problems (too small, too big) keep their own. */
const notANumber = (message: string) => (issue: { code: string }) => (issue.code === 'invalid_type' ? message : undefined)

export const teamMemberSchema = z.object({
  id: z.uuid(),
  name: z.string().trim().min(1).max(80),
  email: z.union([z.literal(''), z.email('Enter an email address like name@example.com, or leave it empty')]).default(''),
})
export type TeamMember = z.infer<typeof teamMemberSchema>

const ruleBase = {
  id: z.uuid(),
  name: z.string().trim().min(1).max(80),
  enabled: z.boolean().default(true),
  /** Empty: every webhook. */
  webhookIds: z.array(z.uuid()).default([]),
}
/** Rules are tried in order; the first that matches assigns the lead and is recorded on it. */
export const distributionRuleSchema = z.discriminatedUnion('kind', [
  z.object({ ...ruleBase, kind: z.literal('round-robin'), memberIds: z.array(z.uuid()).min(1), next: z.number().int().min(0).default(0) }),
  z.object({
    ...ruleBase,
    kind: z.literal('by-field'),
    field: crmFieldSchema,
    cases: z.array(z.object({ value: z.string().trim().min(1), memberId: z.uuid() })).min(1),
  }),
])
export type DistributionRule = z.infer<typeof distributionRuleSchema>

export const settingsSchema = z.object({
  tunnelEnabled: z.boolean(),
  tunnelHost: z.url({ protocol: /^https?$/ }),
  /** Asked for at every open so the public URL survives restarts; made once at the first start (null until then). */
  tunnelSubdomain: tunnelSubdomainSchema.nullable().default(null),
  /** When set, no tunnel is opened and webhook URLs start with it. */
  directUrl: directUrlSchema.nullable().default(null),
  team: z.array(teamMemberSchema).default([]),
  distribution: z.array(distributionRuleSchema).default([]),
  /** How long the delivery log keeps requests: so many days, and at most so many per webhook. */
  deliveryRetention: z
    .object({
      days: z.number({ error: notANumber('Enter a whole number of days') }).int('Enter a whole number of days').min(1).max(3650),
      perWebhook: z.number({ error: notANumber('Enter a whole number of requests') }).int('Enter a whole number of requests').min(10).max(1_000_000),
    })
    .default({ days: 30, perWebhook: 10_000 }),
})
export type Settings = z.infer<typeof settingsSchema>

/** Something the user must know about the app itself (a damaged file set aside, a failed write). */
export const problemSchema = z.object({ at: z.iso.datetime(), code: z.string(), message: z.string() })
export type Problem = z.infer<typeof problemSchema>

export const errorSchema = z.object({ code: z.string(), message: z.string() })
export type AppError = z.infer<typeof errorSchema>
