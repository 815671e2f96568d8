import express, { type NextFunction, type Request, type Response } from 'express'
import type { Delivery, StoredWebhook } from '../../../shared/domain'
import { jsonErrorHandler, sendError, toAppError } from '../http/json-errors'
import type { IntakeOutcome, IntakeRequest } from '../intake/create-lead-intake'
import type { Logger } from '../logger'
import { readPayload } from './read-payload'
import { verifyFacebook } from './verify-facebook'

export interface ReceiverDeps {
  findWebhook(token: string): StoredWebhook | undefined
  receive(request: IntakeRequest): Promise<IntakeOutcome[]>
  /** Records every request to a webhook path with its outcome (best effort, never blocks the answer). */
  logDelivery(entry: DeliveryEntry): void
  logger: Logger
  bodyLimitBytes?: number
}

export type DeliveryEntry = Omit<Delivery, 'id' | 'receivedAt'>
type Located = Request & { webhook?: StoredWebhook }

/**
 * The only app the tunnel forwards to: `/webhook/:token` and a bare health check, nothing else.
 * Order per request: token lookup (404/405/403) -> Facebook's verification GET -> body read and
 * parsed by content type (413/415/400) -> leads stored durably (422/503) -> 200.
 * Whoever holds the public URL can add leads but never read one.
 */
export function createReceiverApp(deps: ReceiverDeps) {
  const app = express()
  app.disable('x-powered-by')
  app.set('etag', false)
  app.set('query parser', false) // the raw query string is read by our own form parser
  const limit = deps.bodyLimitBytes ?? 1024 * 1024

  app.get('/health', (_req, res) => void res.json({ status: 'ok' }))
  app.all('/webhook/:token', locate(deps), express.raw({ type: () => true, limit }), async (req: Located, res) => {
    const webhook = req.webhook!
    const query = req.originalUrl.split('?')[1] ?? ''
    if (req.method === 'GET' && verifyFacebook(webhook, query, res, (code, message) => log(deps, req, res.statusCode, code ? 'rejected' : 'verified', code, message, []))) return
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
    const read = await readPayload({ method: req.method, contentType: req.get('content-type') ?? '', body, query })
    const outcomes = await deps.receive({ webhook, payload: read.payload, files: read.files, idempotencyKey: req.get('idempotency-key') })
    res.status(200).json({ data: answer(outcomes) })
    log(deps, req, 200, summarise(outcomes), null, null, outcomes.flatMap((o) => (o.id ? [o.id] : [])))
  })
  app.use((_req, res) => sendError(res, 404, 'not_found', 'Nothing here. Webhooks are at /webhook/<token>.'))
  app.use(logRejection(deps))
  app.use(jsonErrorHandler(deps.logger))
  return app
}

/** One lead: `{id, status}` (the documented answer). Several: the first, plus every lead listed. */
function answer(outcomes: IntakeOutcome[]) {
  const [first] = outcomes
  if (outcomes.length === 1) return { id: first!.id, status: first!.status }
  return { id: outcomes.find((o) => o.id)?.id ?? null, status: summarise(outcomes), leads: outcomes }
}

function summarise(outcomes: IntakeOutcome[]): Delivery['outcome'] {
  if (outcomes.some((o) => o.status === 'created')) return 'created'
  if (outcomes.some((o) => o.status === 'duplicate')) return 'duplicate'
  return 'test'
}

function locate(deps: ReceiverDeps) {
  return (req: Located, res: Response, next: NextFunction) => {
    const webhook = deps.findWebhook(String(req.params.token))
    const reject = (status: number, code: string, message: string) => {
      sendError(res, status, code, message)
      log(deps, req, status, 'rejected', code, message, [], webhook?.id ?? null)
    }
    if (!webhook) return reject(404, 'webhook_not_found', 'No webhook has this URL. It may have been deleted or its URL regenerated.')
    if (req.method !== 'POST' && req.method !== 'GET') {
      res.set('Allow', 'GET, POST')
      return reject(405, 'method_not_allowed', `${req.method} is not accepted here: POST the lead (or GET with the lead in the query string).`)
    }
    if (!webhook.enabled) return reject(403, 'webhook_disabled', 'This webhook is turned off in Cratio Desk.')
    req.webhook = webhook
    next()
  }
}

/** Logs a refused request (bad body, too large, no lead, store failure) before the final handler answers it. */
function logRejection(deps: ReceiverDeps) {
  return (err: unknown, req: Located, res: Response, next: NextFunction) => {
    const appError = toAppError(err)
    if (appError.status === 503) res.set('Retry-After', '30')
    const forOwner = appError.detail ?? appError.message
    if (req.webhook) log(deps, req, appError.status, 'rejected', appError.code, forOwner, [])
    if (appError.status < 500) deps.logger.warn('webhook request refused', { code: appError.code, message: forOwner })
    else if (appError.detail) deps.logger.error('webhook request failed', { code: appError.code, detail: appError.detail })
    // The original error goes on, so an unexpected one is logged with its own stack.
    next(err)
  }
}

function log(
  deps: ReceiverDeps,
  req: Located,
  statusCode: number,
  outcome: Delivery['outcome'],
  errorCode: string | null,
  message: string | null,
  leadIds: string[],
  webhookId = req.webhook?.id ?? null,
) {
  deps.logDelivery({
    webhookId,
    method: req.method,
    contentType: req.get('content-type') ?? '',
    bytes: Number(req.get('content-length') ?? 0) || 0,
    statusCode,
    outcome,
    errorCode,
    message,
    leadIds,
  })
}
