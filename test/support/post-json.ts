import { request } from 'node:http'
import { createServer, type AddressInfo } from 'node:net'

export interface JsonAnswer {
  status: number
  body: unknown
}

export function postJson(url: string, body: unknown, timeoutMs = 5000): Promise<JsonAnswer> {
  return postBytes(url, Buffer.from(JSON.stringify(body)), 'application/json', timeoutMs)
}

/**
 * POSTs over loopback only: the connection always goes to 127.0.0.1 at the URL's port, and the
 * URL's host goes in the Host header. So a relay's public URL (`http://<id>.localhost:<port>`)
 * works even where `*.localhost` does not resolve. The answer is parsed as JSON when it is JSON.
 */
export function postBytes(url: string, payload: Buffer, contentType: string, timeoutMs = 5000): Promise<JsonAnswer> {
  const target = new URL(url)
  if (!/^(127\.0\.0\.1|localhost|[a-z0-9-]+\.localhost)$/i.test(target.hostname)) throw new Error(`not a loopback URL: ${url}`)
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port: Number(target.port) || 80,
      method: 'POST',
      path: target.pathname + target.search,
      agent: false,
      timeout: timeoutMs,
      headers: { host: target.host, 'content-type': contentType, 'content-length': payload.length },
    })
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)))
    req.on('error', reject)
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('error', reject)
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let parsed: unknown = text
        try {
          parsed = JSON.parse(text)
        } catch {
          // Not JSON: the text itself is the useful answer.
        }
        resolve({ status: res.statusCode ?? 0, body: parsed })
      })
    })
    req.end(payload)
  })
}

/** A loopback port nobody listens on (just released), for "the server is unreachable". */
export async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  const { port } = server.address() as AddressInfo
  await new Promise((r) => server.close(r))
  return port
}
