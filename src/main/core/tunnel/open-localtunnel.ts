import Tunnel, { type TunnelInfo } from '@n8n/localtunnel/lib/Tunnel.js'

export interface OpenTunnel {
  url: string
  close(): void
  onError(listener: (err: Error) => void): void
}

interface Options {
  host: string
  localPort: number
  subdomain?: string
  timeoutMs: number
}

/**
 * Opens one tunnel, or fails within `timeoutMs`. The client's own handshake retries every second
 * forever and keeps retrying after close(), so we make the control request ourselves (one attempt,
 * with a deadline) and hand its answer to the real client, which then opens and keeps its pool of
 * sockets to the server exactly as it always does.
 */
export async function openLocaltunnel({ host, localPort, subdomain, timeoutMs }: Options): Promise<OpenTunnel> {
  const signal = AbortSignal.timeout(timeoutMs)
  const body = await requestTunnel(host, subdomain, signal)
  const client = new (class extends Tunnel {
    override _init(cb: (err: Error | null, info?: TunnelInfo) => void) {
      cb(null, this._getInfo(body))
    }
  })({ host, port: localPort, local_host: '127.0.0.1' })
  // Without a listener, a socket error would crash the process.
  const errors: Error[] = []
  client.on('error', (err: Error) => errors.push(err))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`no connection to ${host} within ${timeoutMs} ms`)), timeoutMs)
    const fail = (err: Error) => {
      clearTimeout(timer)
      client.close()
      reject(err)
    }
    client.once('url', () => {
      clearTimeout(timer)
      resolve()
    })
    client.once('error', fail)
    client.open((err) => err && fail(err))
  })
  return {
    url: client.url,
    close: () => client.close(),
    onError: (listener) => client.on('error', listener),
  }
}

async function requestTunnel(host: string, subdomain: string | undefined, signal: AbortSignal): Promise<unknown> {
  const url = `${host.replace(/\/+$/, '')}/${subdomain ?? '?new'}`
  let res: Response
  try {
    res = await fetch(url, { signal, headers: { accept: 'application/json' } })
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } }
    if (e.name === 'TimeoutError') throw new Error(`${host} did not answer within the time limit`)
    throw new Error(`cannot reach ${host} (${e.cause?.code ?? e.message})`)
  }
  const body = (await res.json().catch(() => null)) as { message?: string; url?: string; port?: number } | null
  if (!res.ok || !body?.url || !body.port) {
    throw new Error(body?.message ?? `${host} refused the tunnel (HTTP ${res.status})`)
  }
  return body
}
