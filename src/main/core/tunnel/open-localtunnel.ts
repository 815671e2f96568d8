import Tunnel, { type TunnelInfo } from '@n8n/localtunnel/lib/Tunnel.js'
// @ts-expect-error: an untyped internal of the client, patched below.
import HeaderHostTransformer from '@n8n/localtunnel/lib/HeaderHostTransformer.js'

interface HostRewriter {
  host: string
  replaced: boolean
}

// The client rewrites the Host header of the first request on each socket by decoding the chunk
// as UTF-8 and encoding it back, which corrupts every non-UTF-8 byte in that chunk (a latin-1
// form, a file in a multipart body, gzip) and then breaks the framing: the body no longer matches
// Content-Length, the receiver answers 400 and the lead is lost. Latin-1 maps each byte to one
// character and back, so the same rewrite keeps the bytes.
;(HeaderHostTransformer as { prototype: Record<string, unknown> }).prototype._transform = function (
  this: HostRewriter,
  data: Buffer,
  _encoding: string,
  done: (err: null, data: Buffer) => void,
) {
  if (this.replaced) return done(null, data)
  const text = data.toString('latin1').replace(/(\r\n[Hh]ost: )\S+/, (_match, head: string) => {
    this.replaced = true
    return head + this.host
  })
  done(null, Buffer.from(text, 'latin1'))
}

export interface OpenTunnel {
  /** The id the server assigned (the subdomain); ask for it again to keep the same URL. */
  id: string
  url: string
  /** Sockets the client keeps open to the server (the server's max_conn_count). */
  maxConn: number
  close(): void
  onError(listener: (err: Error) => void): void
  /** Each socket the client (re)connects to the server: a steady stream means the server drops them. */
  onSocketOpen(listener: () => void): void
}

interface Options {
  host: string
  localPort: number
  subdomain?: string
  timeoutMs: number
  /** Abandons the attempt (the manager was stopped or reconfigured). */
  signal?: AbortSignal
}

/** The server answered and said no (bad subdomain, full, ...): asking again the same way won't help. */
export class TunnelRefused extends Error {
  constructor(
    message: string,
    /** The HTTP status of the refusal: a 4xx is about the request itself (the subdomain asked for). */
    readonly status: number,
  ) {
    super(message)
  }
}

interface TunnelAnswer {
  id: string
  url: string
  port: number
  max_conn_count?: number
  message?: string
}

/**
 * Opens one tunnel, or fails within `timeoutMs`. The client's own handshake retries every second
 * forever and keeps retrying after close(), so we make the control request ourselves (one attempt)
 * and hand its answer to the real client, which then opens and keeps its pool of sockets to the
 * server exactly as it always does. One deadline covers both the request and the first socket.
 */
export async function openLocaltunnel({ host, localPort, subdomain, timeoutMs, signal }: Options): Promise<OpenTunnel> {
  const deadline = signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs)
  const answer = await requestTunnel(host, subdomain, deadline, timeoutMs)
  const client = new (class extends Tunnel {
    override _init(cb: (err: Error | null, info?: TunnelInfo) => void) {
      cb(null, this._getInfo(answer))
    }
  })({ host, port: localPort, local_host: '127.0.0.1' })
  // The client emits 'error' once for every socket the server refuses, for as long as it lives,
  // even after close(); an 'error' with no listener would be thrown and crash the process.
  client.on('error', () => {})
  await new Promise<void>((resolve, reject) => {
    const done = () => {
      deadline.removeEventListener('abort', onAbort)
      client.off('url', onUrl)
      client.off('error', fail)
    }
    const fail = (err: Error) => {
      done()
      client.close()
      reject(err)
    }
    const onUrl = () => {
      done()
      resolve()
    }
    const onAbort = () => fail(stopped(deadline, `no tunnel connection to ${host} within ${timeoutMs} ms`))
    if (deadline.aborted) return onAbort()
    deadline.addEventListener('abort', onAbort)
    client.once('url', onUrl)
    client.once('error', fail)
    client.open((err) => err && fail(err))
  })
  return {
    id: answer.id,
    url: client.url,
    maxConn: answer.max_conn_count ?? 1,
    close: () => client.close(),
    onError: (listener) => client.on('error', listener),
    onSocketOpen: (listener) => client.tunnelCluster?.on('open', () => listener()),
  }
}

async function requestTunnel(host: string, subdomain: string | undefined, deadline: AbortSignal, timeoutMs: number): Promise<TunnelAnswer> {
  const url = `${host.replace(/\/+$/, '')}/${subdomain ?? '?new'}`
  try {
    const res = await fetch(url, { signal: deadline, headers: { accept: 'application/json' } })
    const body = (await res.json().catch(() => null)) as Partial<TunnelAnswer> | null
    if (!res.ok || !body?.id || !body.url || !body.port) {
      throw new TunnelRefused(`${host} refused the tunnel: ${body?.message ?? `unexpected answer (HTTP ${res.status})`}`, res.status)
    }
    return body as TunnelAnswer
  } catch (err) {
    if (deadline.aborted) throw stopped(deadline, `${host} did not answer within ${timeoutMs} ms`)
    // fetch says only "fetch failed"; the cause has the network error (ECONNREFUSED, ENOTFOUND...).
    const e = err as Error & { cause?: { code?: string; message?: string } }
    if (e.name === 'TypeError') throw new Error(`cannot reach ${host} (${e.cause?.code ?? e.cause?.message ?? e.message})`)
    throw err
  }
}

/** The error for an aborted attempt: the time limit, or a cancellation by the caller. */
function stopped(deadline: AbortSignal, timeoutMessage: string): Error {
  const reason = deadline.reason as Error | undefined
  return new Error(reason?.name === 'TimeoutError' ? timeoutMessage : 'cancelled')
}
