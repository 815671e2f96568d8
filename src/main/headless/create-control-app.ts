import { timingSafeEqual } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import express, { type NextFunction, type Request, type Response } from 'express'
import type { Dispatch } from '../core/create-command-dispatcher'
import type { EventBus } from '../core/event-bus'
import { jsonErrorHandler } from '../core/http/json-errors'
import type { Logger } from '../core/logger'

export interface ControlDeps {
  dispatch: Dispatch
  events: EventBus
  secret: string
  /** Host headers this listener answers to (set once its port is known). */
  allowedHosts: () => string[]
  /** The built renderer (index.html and assets); null serves the API only. */
  uiDir: string | null
  logger: Logger
}

export const CONTROL_CSP = "default-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"

/**
 * The headless shell's UI and API, for the owner's browser only: bound to 127.0.0.1 by its caller,
 * it refuses foreign Host headers (DNS rebinding) and foreign Origins, and every API call needs the
 * secret. `POST /api/<command>` answers `{ok, value}` or `{ok, error}`; `GET /api/events` is SSE.
 */
export function createControlApp(deps: ControlDeps) {
  const app = express()
  app.disable('x-powered-by')
  app.use(checkHost(deps))
  app.use((_req, res, next) => {
    res.set({ 'Content-Security-Policy': CONTROL_CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' })
    next()
  })
  app.use('/api', checkOrigin(deps), checkSecret(deps.secret))
  app.get('/api/events', streamEvents(deps.events))
  app.post('/api/:command', requireJson, express.json({ limit: '1mb' }), async (req, res) => {
    const result = await deps.dispatch(String(req.params.command), req.body)
    const status = result.ok ? 200 : statusFor(result.error.code)
    res.status(status).json(result)
  })
  app.use('/api', (_req, res) => sendError(res, 404, 'not_found', 'Unknown API path.'))
  if (deps.uiDir && existsSync(deps.uiDir)) {
    app.use(express.static(deps.uiDir, { index: 'index.html' }))
    app.get('/', (_req, res) => res.sendFile(join(deps.uiDir!, 'index.html')))
  }
  app.use((_req, res) => sendError(res, 404, 'not_found', 'Nothing here.'))
  app.use(jsonErrorHandler(deps.logger, 'api'))
  return app
}

/** Errors here have the API's shape too (`ok: false` beside the error), whatever refused the call. */
function sendError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ ok: false, error: { code, message } })
}

/** A body in another format would be silently ignored by the JSON parser: say so instead. */
function requireJson(req: Request, res: Response, next: NextFunction) {
  const type = req.headers['content-type']
  if (!type || req.is('application/json')) return next()
  sendError(res, 415, 'unsupported_media_type', 'Send the command input as JSON (Content-Type: application/json).')
}

function statusFor(code: string): number {
  if (code === 'unknown_command') return 404
  if (code.endsWith('_not_found')) return 404
  if (code === 'internal_error') return 500
  return 400
}

function checkHost(deps: ControlDeps) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (deps.allowedHosts().includes(String(req.headers.host ?? '').toLowerCase())) return next()
    sendError(res, 421, 'host_not_allowed', 'This address is not allowed; open the link Cratio Desk printed.')
  }
}

function checkOrigin(deps: ControlDeps) {
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin
    if (!origin) return next()
    const allowed = deps.allowedHosts().map((h) => `http://${h}`)
    if (allowed.includes(origin.toLowerCase())) return next()
    sendError(res, 403, 'origin_not_allowed', 'Requests from other sites are refused.')
  }
}

function checkSecret(secret: string) {
  const expected = Buffer.from(secret)
  return (req: Request, res: Response, next: NextFunction) => {
    // The scheme is case-insensitive (RFC 9110); the secret is compared in constant time.
    const given = Buffer.from(/^bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1] ?? '')
    if (given.length === expected.length && timingSafeEqual(given, expected)) return next()
    sendError(res, 401, 'unauthorized', 'Missing or wrong secret: open the link Cratio Desk printed at start.')
  }
}

function streamEvents(events: EventBus) {
  return (req: Request, res: Response) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' })
    res.write(': connected\n\n')
    const off = events.onAny((name, payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`))
    // A comment every 15 s keeps proxies and the browser from closing an idle stream.
    const ping = setInterval(() => res.write(': ping\n\n'), 15_000)
    req.on('close', () => {
      clearInterval(ping)
      off()
    })
  }
}
