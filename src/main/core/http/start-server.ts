import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Express } from 'express'

export interface RunningServer {
  url: string
  port: number
  close(): Promise<void>
}

/** Time `close` gives requests in flight before cutting the connections still open. */
const CLOSE_GRACE_MS = 1000

/**
 * Listens on host:port (0 = any free port) and resolves once accepting. `close` ends idle keep-alive
 * sockets at once and, after a short grace, any connection still open: a long-lived response (the
 * control listener's SSE stream, held by an open browser tab) never ends on its own and would
 * otherwise keep `close` (and Ctrl+C of `npm run serve`) waiting forever.
 */
export function startServer(app: Express, { host, port }: { host: string; port: number }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(port, host)
    server.once('error', reject)
    server.once('listening', () => {
      server.off('error', reject)
      const actual = (server.address() as AddressInfo).port
      resolve({
        // Bound to every address, it is still reached from this machine at 127.0.0.1.
        url: `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS)
            server.close(() => {
              clearTimeout(force)
              done()
            })
            server.closeIdleConnections()
          }),
      })
    })
  })
}
