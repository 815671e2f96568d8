import { createSseParser } from './parse-sse'
import type { ConnectionState } from './types'

interface EventStreamOptions {
  url: string
  secret: string
  onEvent(name: string, data: string): void
  onState(state: ConnectionState): void
}

// Short, capped backoff: the control listener is on this machine, so a drop is usually a restart.
const backoffMs = (attempt: number) => Math.min(3000, 250 * 2 ** attempt)

/**
 * Reads `GET /api/events` with fetch and a stream reader, because EventSource cannot send the
 * Authorization header. Reconnects after a drop until stopped, or until the secret is refused.
 */
export function startEventStream(options: EventStreamOptions) {
  const abort = new AbortController()
  let attempt = 0

  async function connectOnce() {
    const res = await fetch(options.url, {
      headers: { Authorization: `Bearer ${options.secret}`, Accept: 'text/event-stream' },
      cache: 'no-store',
      signal: abort.signal,
    })
    if (res.status === 401) return 'unauthorized' as const
    if (!res.ok || !res.body) throw new Error(`The event stream answered ${res.status}`)
    options.onState('live')
    attempt = 0
    const parser = createSseParser(options.onEvent)
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return 'dropped' as const
      parser.push(value)
    }
  }

  async function run() {
    options.onState('connecting')
    while (!abort.signal.aborted) {
      const outcome = await connectOnce().catch(() => 'dropped' as const)
      if (abort.signal.aborted) return
      if (outcome === 'unauthorized') return options.onState('unauthorized')
      options.onState('reconnecting')
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt++)))
    }
  }

  void run()
  return { stop: () => abort.abort() }
}
