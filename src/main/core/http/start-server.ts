import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Express } from 'express'

export interface RunningServer {
  url: string
  port: number
  close(): Promise<void>
}

/** Listens on host:port (0 = any free port) and resolves once accepting; `close` also ends idle keep-alive sockets. */
export function startServer(app: Express, { host, port }: { host: string; port: number }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(port, host)
    server.once('error', reject)
    server.once('listening', () => {
      server.off('error', reject)
      const actual = (server.address() as AddressInfo).port
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeIdleConnections()
          }),
      })
    })
  })
}
