import { timingSafeEqual } from 'node:crypto'
import type { Response } from 'express'
import type { StoredWebhook } from '../../../shared/domain'
import { sendError } from '../http/json-errors'

/**
 * Meta's verification GET (`hub.mode=subscribe&hub.challenge=…&hub.verify_token=…`), sent when a
 * callback URL is saved: echo the challenge verbatim as text/plain when the token matches the
 * webhook's verify token, 403 otherwise. Returns false when the GET is not a verification.
 */
export function verifyFacebook(webhook: StoredWebhook, query: string, res: Response, logged: (code: string | null, message: string | null) => void): boolean {
  const params = new URLSearchParams(query)
  if (params.get('hub.mode') === null && params.get('hub.challenge') === null) return false
  const given = params.get('hub.verify_token') ?? ''
  if (!webhook.verifyToken || !sameText(given, webhook.verifyToken)) {
    const message = webhook.verifyToken
      ? "The verify token Meta sent is not this webhook's: type the same word in Meta's webhook settings and in Cratio Desk (Webhooks → Settings → Verify token)."
      : webhook.platform === 'facebook'
        ? 'This webhook has no verify token yet: choose a word, enter it in Webhooks → Settings → Verify token, and the same word in Meta.'
        : 'This is a Facebook verification request, but this webhook is not set up for Facebook.'
    sendError(res, 403, 'verify_token_mismatch', message)
    logged('verify_token_mismatch', message)
    return true
  }
  res.status(200).type('text/plain').send(params.get('hub.challenge') ?? '')
  logged(null, null)
  return true
}

function sameText(a: string, b: string) {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
