import type { Result } from '../../../../shared/result'
import { startEventStream } from './event-stream'
import type { ConnectionState, Transport } from './types'

type Listener = (payload: unknown) => void

/**
 * The headless transport: `POST /api/<command>` for calls and an SSE stream for events, both with
 * the session secret as a Bearer token. One stream serves every subscriber; it opens on the first.
 */
export function createHttpTransport(secret: string, base = ''): Transport {
  const listeners = new Map<string, Set<Listener>>()
  const connectionListeners = new Set<(state: ConnectionState) => void>()
  let state: ConnectionState = 'connecting'
  let stream: { stop(): void } | null = null

  const setState = (next: ConnectionState) => {
    if (next === state) return
    state = next
    connectionListeners.forEach((l) => l(next))
  }

  const ensureStream = () => {
    stream ??= startEventStream({
      url: `${base}/api/events`,
      secret,
      onState: setState,
      onEvent(name, data) {
        const subscribers = listeners.get(name)
        if (!subscribers?.size) return
        let payload: unknown
        try {
          payload = JSON.parse(data)
        } catch {
          return // A garbled frame is dropped rather than breaking every subscriber.
        }
        subscribers.forEach((l) => l(payload))
      },
    })
  }

  return {
    async invoke(command, input) {
      const answer = await post(`${base}/api/${command}`, secret, input)
      if (!answer.ok && answer.error.code === 'unauthorized') setState('unauthorized')
      return answer
    },
    on(event, listener) {
      ensureStream()
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set.add(listener))
      return () => void set.delete(listener)
    },
    onConnection(listener) {
      ensureStream()
      connectionListeners.add(listener)
      listener(state)
      return () => void connectionListeners.delete(listener)
    },
  }
}

async function post(url: string, secret: string, input: unknown): Promise<Result<unknown>> {
  let res: Response
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    })
  } catch {
    return { ok: false, error: { code: 'network_error', message: 'Cannot reach Cratio Desk. Is `npm run serve` still running?' } }
  }
  const body = (await res.json().catch(() => null)) as Partial<Result<unknown>> & { error?: { code: string; message: string } } | null
  if (body && typeof body.ok === 'boolean') return body as Result<unknown>
  // Errors raised before the dispatcher (401, 403, 421) come as `{error}` without `ok`.
  if (body?.error) return { ok: false, error: body.error }
  return { ok: false, error: { code: 'bad_response', message: `Unexpected answer from Cratio Desk (HTTP ${res.status}).` } }
}
