import { probePublicUrl, PROBE_HEADERS } from './probe-public-url'

export interface HealthVerdict {
  healthy: boolean
  /** The server itself says the tunnel is gone (or cannot be reached): no need to ask twice. */
  certain: boolean
  reason: string | null
}

interface Target {
  host: string
  id: string
  url: string
  timeoutMs: number
}

/** alive: held, with sockets. gone: unknown (404). empty: known, no socket left (dropped soon). */
export type ServerView = { kind: 'alive' } | { kind: 'gone' | 'empty' | 'unreachable' | 'unclear'; reason: string }

/**
 * Is the tunnel really carrying requests? The client cannot tell: a server that forgot the tunnel,
 * a DNS failure or a timed-out socket leave it looking alive. So ask the server about the tunnel
 * (`GET <host>/api/tunnels/<id>/status`: unknown or no socket left means gone) and send a request
 * through the public URL to the receiver's health path. The public request decides (it is what a
 * platform does; a server without the status API still works): a failure the server confirms is
 * certain, one it does not is retried once and stays uncertain. With `trustServer` (the client is
 * already misbehaving), the server's "gone" is enough without waiting for the request.
 */
export async function checkTunnelHealth({ host, id, url, timeoutMs }: Target, { trustServer = false } = {}): Promise<HealthVerdict> {
  const asking = askServer(host, id, timeoutMs)
  const probing = probePublicUrl(url, timeoutMs)
  const confirmed = (view: ServerView) => (view.kind === 'alive' || view.kind === 'unclear' ? null : view.reason)
  if (trustServer) {
    const reason = confirmed(await asking)
    if (reason) return { healthy: false, certain: true, reason }
  }
  if (!(await probing)) return { healthy: true, certain: true, reason: null }
  const reason = confirmed(await asking)
  if (reason) return { healthy: false, certain: true, reason }
  const again = await probePublicUrl(url, timeoutMs)
  return again ? { healthy: false, certain: false, reason: again } : { healthy: true, certain: true, reason: null }
}

/** What the server says about one tunnel id (held with sockets, gone, or no clear answer). */
export async function askServer(host: string, id: string, timeoutMs: number): Promise<ServerView> {
  const base = host.replace(/\/+$/, '')
  try {
    const res = await fetch(`${base}/api/tunnels/${encodeURIComponent(id)}/status`, {
      headers: PROBE_HEADERS,
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (res.status === 404) return { kind: 'gone', reason: `${host} no longer knows the tunnel ${id}` }
    // localtunnel/server says connected_sockets; some of its forks say connectedSockets.
    const body = (await res.json().catch(() => null)) as { connected_sockets?: unknown; connectedSockets?: unknown } | null
    const sockets = body?.connected_sockets ?? body?.connectedSockets
    if (!res.ok || typeof sockets !== 'number') return { kind: 'unclear', reason: `${host} status: HTTP ${res.status}` }
    if (sockets === 0) return { kind: 'empty', reason: `${host} has no connection left from this computer for ${id}` }
    return { kind: 'alive' }
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } }
    const why = e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.message)
    return { kind: 'unreachable', reason: `cannot reach ${host} (${why})` }
  }
}
