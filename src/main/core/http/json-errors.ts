import type { ErrorRequestHandler, Response } from 'express'
import { AppErrorException } from '../../../shared/app-error'
import type { Logger } from '../logger'

export function sendError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } })
}

/** Express's body-parser errors carry a `type`; turn the ones a sender can cause into clear answers. */
export function toAppError(err: unknown): AppErrorException {
  const e0 = err as { type?: string; message?: string }
  if (e0?.type === 'entity.parse.failed') return new AppErrorException('invalid_json', `The body is not valid JSON: ${e0.message ?? ''}`.trim(), 400)
  if (err instanceof AppErrorException) return err
  const e = err as { type?: string; status?: number; message?: string; limit?: number }
  switch (e.type) {
    case 'entity.too.large':
      return new AppErrorException('payload_too_large', `The body is larger than the ${e.limit ?? 0} byte limit.`, 413)
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppErrorException('unsupported_encoding', e.message ?? 'Unsupported body encoding.', 415)
    case 'request.aborted':
      return new AppErrorException('request_aborted', 'The request was aborted before its body arrived.', 400)
    case 'request.size.invalid':
      return new AppErrorException('invalid_length', 'The body did not match its Content-Length.', 400)
  }
  return new AppErrorException('internal_error', 'Something went wrong while handling the request.', 500)
}

/** The last handler of an app: every error becomes a JSON answer; only unexpected ones are logged as errors. */
export function jsonErrorHandler(logger: Logger, shape: 'receiver' | 'api' = 'receiver'): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const appError = toAppError(err)
    if (appError.status >= 500) logger.error('request failed', { path: req.path, err: String(err?.stack ?? err) })
    if (res.headersSent) return
    const body = { error: { code: appError.code, message: appError.message } }
    res.status(appError.status).json(shape === 'api' ? { ok: false, ...body } : body)
  }
}
