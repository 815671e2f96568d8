import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import type { LookupFunction } from 'node:net'

/** Sent with every check: the public service shows browsers an interstitial page unless told not to. */
export const PROBE_HEADERS = {
  'Bypass-Tunnel-Reminder': '1',
  'User-Agent': 'CratioDesk-TunnelCheck/1 (health check; not a browser)',
  Accept: 'application/json',
}

/**
 * Asks the receiver's health path through the public URL, the way a platform reaches it. Resolves
 * to null when the receiver answered `{"status":"ok"}`, else to what went wrong. Names under
 * `.localhost` are loopback by definition (RFC 6761) even where the system resolver does not know
 * them, as with a localtunnel server run on this machine.
 */
export function probePublicUrl(baseUrl: string, timeoutMs: number): Promise<string | null> {
  const url = new URL('/health', baseUrl)
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve) => {
    // One deadline for the whole exchange (the socket timeout alone would let a slow trickle through).
    const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
    const done = (problem: string | null) => {
      clearTimeout(deadline)
      resolve(problem)
    }
    const req = request(url, { headers: PROBE_HEADERS, lookup: loopbackAwareLookup, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.length < 64 && chunks.push(c))
      res.on('error', (err) => done(`the answer through ${baseUrl} broke off (${err.message})`))
      res.on('end', () => done(judge(baseUrl, res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'))))
      // Cut short without an error (the deadline): settles if 'end' did not (a second resolve is ignored).
      res.on('close', () => done(`the answer through ${baseUrl} broke off`))
    })
    req.on('error', (err: NodeJS.ErrnoException) => done(`cannot reach this computer through ${baseUrl} (${err.code ?? err.message})`))
    req.end()
  })
}

function judge(baseUrl: string, status: number, body: string): string | null {
  if (status !== 200) return `${baseUrl} answered HTTP ${status} instead of reaching this computer`
  try {
    if ((JSON.parse(body) as { status?: unknown }).status === 'ok') return null
  } catch {
    // Not JSON: some page other than the receiver's answer (an interstitial, a proxy's error).
  }
  return `${baseUrl} answered, but not with this computer's receiver`
}

const loopbackAwareLookup: LookupFunction = (hostname, options, callback) => {
  if (!/(^|\.)localhost\.?$/i.test(hostname)) return dnsLookup(hostname, options, callback)
  const address: LookupAddress = { address: '127.0.0.1', family: 4 }
  process.nextTick(() => (options.all ? callback(null, [address]) : callback(null, address.address, address.family)))
}
