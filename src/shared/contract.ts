import { z } from 'zod'
import {
  countryCodeSchema,
  deliverySchema,
  distributionRuleSchema,
  leadDefaultsSchema,
  leadSchema,
  mappingRuleSchema,
  mappingTargetSchema,
  platformSchema,
  problemSchema,
  settingsSchema,
  teamMemberSchema,
  tunnelStatusSchema,
  directUrlSchema,
  tunnelOutageSchema,
  tunnelSessionSchema,
  tunnelSubdomainSchema,
  tunnelUrlChangeSchema,
  webhookSchema,
} from './domain'

/**
 * The one contract between the UI and the core. Every command the UI may call and every event
 * it may receive is declared here once; the IPC bridge, the HTTP bridge and the renderer client
 * are all derived from these two maps.
 */
const idInput = z.object({ id: z.uuid() })
const empty = z.object({}).strict().default({})

const webhookPatchSchema = z
  .object({
    name: z.string().trim().min(1, 'Name cannot be empty').max(120),
    sourceLabel: z.string().trim().max(120),
    platform: platformSchema,
    enabled: z.boolean(),
    mapping: z.array(mappingRuleSchema).max(500),
    defaults: leadDefaultsSchema,
    defaultCountry: countryCodeSchema,
    verifyToken: z.string().trim().max(200),
    pageAccessToken: z.string().trim().max(1000),
    graphBaseUrl: z.url({ protocol: /^https?$/ }),
  })
  .partial()
  .strict()

/** One detected field in the mapping step: what arrived, what we suggest, what is saved. */
export const mappingRowSchema = z.object({
  field: z.string(),
  label: z.string(),
  sample: z.string(),
  firstSeenAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  suggested: mappingTargetSchema.nullable(),
  saved: mappingTargetSchema.nullable(),
})
export type MappingRow = z.infer<typeof mappingRowSchema>

export const leadFiltersSchema = z.object({
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
  webhookId: z.uuid().optional(),
  status: z.string().optional(),
  search: z.string().trim().max(200).optional(),
  /** Test submissions are hidden unless asked for. */
  tests: z.enum(['exclude', 'include', 'only']).default('exclude'),
})

export const commands = {
  'app:info': {
    input: empty,
    output: z.object({
      version: z.string(),
      receiverUrl: z.string(),
      publicUrl: z.string().nullable(),
      dataDir: z.string(),
      /** Damaged files set aside at start, failed writes: shown until the app restarts. */
      problems: z.array(problemSchema),
    }),
  },
  'settings:get': { input: empty, output: settingsSchema },
  'settings:update': {
    input: z
      .object({
        tunnelEnabled: z.boolean(),
        tunnelHost: z.url({ protocol: /^https?$/ }),
        tunnelSubdomain: tunnelSubdomainSchema,
        /** null goes back to the tunnel. */
        directUrl: directUrlSchema.transform((u) => u.replace(/\/+$/, '')).nullable(),
        team: z.array(teamMemberSchema).max(200),
        distribution: z.array(distributionRuleSchema).max(100),
        deliveryRetention: settingsSchema.shape.deliveryRetention.unwrap(),
      })
      .partial()
      .strict(),
    output: settingsSchema,
  },
  'tunnel:status': { input: empty, output: tunnelStatusSchema },
  /** Tunnel sessions, newest first (the last 200 are kept). */
  'tunnel:history': {
    input: z.object({ limit: z.number().int().min(1).max(200).default(50) }),
    output: z.array(tunnelSessionSchema),
  },
  /** Offline or reconnecting: try now instead of at nextAttemptAt. Answers the status. */
  'tunnel:reconnect': { input: empty, output: tunnelStatusSchema },
  'webhooks:create': {
    input: z.object({
      name: z.string().trim().min(1, 'Give the webhook a name').max(120),
      sourceLabel: z.string().trim().max(120).default(''),
      platform: platformSchema,
    }),
    output: webhookSchema,
  },
  'webhooks:list': { input: empty, output: z.array(webhookSchema) },
  'webhooks:get': { input: idInput, output: webhookSchema },
  'webhooks:update': { input: z.object({ id: z.uuid(), patch: webhookPatchSchema }), output: webhookSchema },
  'webhooks:regenerate-token': { input: idInput, output: webhookSchema },
  'webhooks:delete': { input: idInput, output: z.object({ id: z.uuid() }) },
  'webhooks:mapping': { input: idInput, output: z.array(mappingRowSchema) },
  'webhooks:apply-mapping': { input: idInput, output: z.object({ updated: z.number().int() }) },
  'leads:list': {
    input: leadFiltersSchema,
    // `loading`: older leads are still being read from disk after a start; totals may grow.
    output: z.object({ items: z.array(leadSchema), total: z.number().int(), loading: z.boolean() }),
  },
  'leads:get': { input: idInput, output: leadSchema },
  'leads:retry-fetch': { input: idInput, output: leadSchema },
  'deliveries:list': {
    input: z.object({
      webhookId: z.uuid().optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.array(deliverySchema),
  },
} as const

export const events = {
  'leads:received': leadSchema,
  'leads:updated': leadSchema,
  'app:problem': problemSchema,
  'webhooks:changed': z.object({ id: z.uuid(), deleted: z.boolean() }),
  'deliveries:logged': deliverySchema,
  'tunnel:status-changed': tunnelStatusSchema,
  'tunnel:url-changed': tunnelUrlChangeSchema,
  'tunnel:down-too-long': tunnelOutageSchema,
} as const

export type Commands = typeof commands
export type CommandName = keyof Commands
export type CommandInput<C extends CommandName> = z.input<Commands[C]['input']>
export type CommandParsedInput<C extends CommandName> = z.output<Commands[C]['input']>
export type CommandOutput<C extends CommandName> = z.output<Commands[C]['output']>

export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<E extends EventName> = z.output<Events[E]>

export const commandNames = Object.keys(commands) as CommandName[]
export const eventNames = Object.keys(events) as EventName[]

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name)
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name)
}

/** What implements the commands: one async function per command, given its parsed input. */
export type ApiHandlers = { [C in CommandName]: (input: CommandParsedInput<C>) => Promise<CommandOutput<C>> }

/** What callers use: the same functions taking the input as sent (defaults optional), validated on the way in. */
export type Api = { [C in CommandName]: (input: CommandInput<C>) => Promise<CommandOutput<C>> }
