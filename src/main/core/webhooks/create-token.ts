import { randomBytes } from 'node:crypto'

/** 192 random bits, URL-safe: a webhook URL is a bearer secret, so it must not be guessable. */
export function createToken(): string {
  return randomBytes(24).toString('base64url')
}
