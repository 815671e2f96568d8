import express, { type NextFunction, type Request, type Response } from 'express'
import type { Lead, StoredWebhook } from '../../../shared/domain'
import { jsonErrorHandler, sendError, toAppError } from '../http/json-errors'
import type { Logger } from '../logger'
import { parsePayload } from './parse-payload'

export interface ReceiverDeps {
  findWebhook(token: string): StoredWebhook | undefined
  ingest(webhook: StoredWebhook, payloads: Record<string, unknown>[]): Promise<Lead[]>
  /** Records every request to a webhook path with its outcome (best effort, never blocks the answer). */
  logDelivery(entry: DeliveryEntry): void
  logger: Logger
  bodyLimitBytes?: number
}

export interface DeliveryEntry {
  webhookId: string | null
  method: string
  contentType: string
  bytes: number
  statusCode: number
  errorCode: string | null
  message: string | null
  leadIds: string[]
}

type Located = Request & { webhook?: StoredWebhook }

/**
 * The only app the tunnel forwards to: `/webhook/:token` and a bare health check, nothing else.
 * Order per request: token lookup (404/405/403) -> body read and parsed (413/415/400/422) ->
 * leads stored durably -> 200. Whoever holds the public URL can add leads but never read one.
 */
export function createReceiverApp(deps: ReceiverDeps) {
  const app = express()
  app.disable('x-powered-by')
  app.set('etag', false)
  const limit = deps.bodyLimitBytes ?? 1024 * 1024

  app.get('/health', (_req, res) => void res.json({ status: 'ok' }))
  app.all('/webhook/:token', locate(deps), express.raw({ type: () => true, limit }), async (req: Located, res) => {
    const webhook = req.webhook!
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
    const payloads = parsePayload(body, req.get('content-type') ?? '')
    const leads = await deps.ingest(webhook, payloads)
    const data = leads.length === 1 ? { id: leads[0]!.id, status: 'created' } : { id: leads[0]!.id, ids: leads.map((l) => l.id), status: 'created' }
    res.status(200).json({ data })
    log(deps, req, 200, null, null, leads.map((l) => l.id))
  })
  app.use((_req, res) => sendError(res, 404, 'not_found', 'Nothing here. Webhooks are at /webhook/<token>.'))
  app.use(logRejection(deps))
  app.use(jsonErrorHandler(deps.logger))
  return app
}

function locate(deps: ReceiverDeps) {
  return (req: Located, res: Response, next: NextFunction) => {
    const webhook = deps.findWebhook(String(req.params.token))
    const reject = (status: number, code: string, message: string) => {
      sendError(res, status, code, message)
      log(deps, req, status, code, message, [], webhook?.id ?? null)
    }
    if (!webhook) return reject(404, 'webhook_not_found', 'No webhook has this URL. It may have been deleted or its URL regenerated.')
    if (req.method !== 'POST') {
      res.set('Allow', 'POST')
      return reject(405, 'method_not_allowed', `${req.method} is not accepted here: POST the lead.`)
    }
    if (!webhook.enabled) return reject(403, 'webhook_disabled', 'This webhook is turned off in Cratio Desk.')
    req.webhook = webhook
    next()
  }
}

/** Logs a refused body (bad JSON, too large, store failure) before the final handler answers it. */
function logRejection(deps: ReceiverDeps) {
  return (err: unknown, req: Located, res: Response, next: NextFunction) => {
    const appError = toAppError(err)
    if (appError.code === 'store_write_failed') res.set('Retry-After', '30')
    if (req.webhook) log(deps, req, appError.status, appError.code, appError.message, [])
    if (appError.status < 500) deps.logger.warn('webhook request refused', { code: appError.code, message: appError.message })
    next(appError)
  }
}

function log(deps: ReceiverDeps, req: Located, statusCode: number, errorCode: string | null, message: string | null, leadIds: string[], webhookId = req.webhook?.id ?? null) {
  deps.logDelivery({
    webhookId,
    method: req.method,
    contentType: req.get('content-type') ?? '',
    bytes: Number(req.get('content-length') ?? 0) || 0,
    statusCode,
    errorCode,
    message,
    leadIds,
  })
}
