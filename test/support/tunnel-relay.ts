import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { pipeline } from 'node:stream'
import { TunnelPool } from './tunnel-pool'

/**
 * A localtunnel-compatible relay for tests, on 127.0.0.1 only. It follows github.com/localtunnel/server:
 * - control: `GET /?new` or `GET /<subdomain>` creates a tunnel and answers
 *   `{id, port, max_conn_count, url}`; `port` is a TCP listener for that client's sockets.
 *   `GET /api/status`, `GET /api/tunnels/<id>/status` (404 when unknown).
 * - public: a request whose Host is `<id>.localhost[:port]` goes to that client over one of its
 *   sockets (see TunnelPool); unknown id -> 404.
 * A tunnel with no connected socket for `graceMs` is forgotten and its id freed, as on the real
 * server. `close()` kills everything; start a new relay on the same port to "restart" it.
 * Failures the client cannot see: `forgetTunnelsSilently()` (the relay forgets every tunnel while
 * their socket ports keep accepting, so the client's sockets look connected) and `dropSockets(true)`
 * (every tunnel socket is cut, and each new one as soon as it connects: the client reconnects
 * them at once, forever).
 */
export type RelayMode = 'normal' | 'hang' | 'refuse'

export interface RelayOptions {
  /** 0 (default) picks a free port; pass a closed relay's port to bring it back there. */
  port?: number
  /** hang: accept control requests and never answer; refuse: answer them 503. Changeable later. */
  mode?: RelayMode
  maxConnCount?: number
  /** Requests allowed to wait for a busy tunnel before the relay answers 503. */
  maxQueued?: number
  graceMs?: number
}

export interface Relay {
  port: number
  /** The value for the tunnel host setting. */
  host: string
  mode: RelayMode
  /** Control requests received so far, and how many are still open (hanging). */
  controlRequests: number
  openControlRequests(): number
  tunnelIds(): string[]
  connectedSockets(id: string): number
  /** Tunnel sockets the clients have connected so far (a count that races when a client spins). */
  socketConnections: number
  /** Cut every tunnel socket now and each one the moment it connects (the tunnels stay known). */
  dropSockets(on: boolean): void
  forgetTunnelsSilently(): void
  close(): Promise<void>
}

interface TunnelClient {
  id: string
  listener: Server
  sockets: Set<Socket>
  pool: TunnelPool
  pending: number
  grace: NodeJS.Timeout | null
  /** Forgotten silently: its port still accepts sockets and holds them, unused. */
  zombie: boolean
}

// The real server's rule for requested subdomains.
const SUBDOMAIN = /^(?:[a-z0-9][a-z0-9-]{4,63}[a-z0-9]|[a-z0-9]{4,63})$/
const TUNNEL_HOST = /^([a-z0-9-]+)\.localhost(?::\d+)?$/i
// Hop-by-hop headers describe the public connection, not the tunnel socket, which stays open.
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']

export async function startRelay(options: RelayOptions = {}): Promise<Relay> {
  const { maxConnCount = 3, maxQueued = 20, graceMs = 1000 } = options
  const clients = new Map<string, TunnelClient>()
  const publicSockets = new Set<Socket>()
  const hanging = new Set<ServerResponse>()
  const zombies = new Set<TunnelClient>()
  let dropping = false
  const server = createServer()
  let closed = false

  const relay: Relay = {
    port: 0,
    host: '',
    mode: options.mode ?? 'normal',
    controlRequests: 0,
    openControlRequests: () => hanging.size,
    tunnelIds: () => [...clients.keys()],
    connectedSockets: (id) => clients.get(id)?.sockets.size ?? 0,
    socketConnections: 0,
    dropSockets(on) {
      dropping = on
      if (on) for (const client of clients.values()) for (const socket of client.sockets) socket.destroy()
    },
    forgetTunnelsSilently() {
      for (const client of clients.values()) {
        clients.delete(client.id)
        if (client.grace) clearTimeout(client.grace)
        client.zombie = true
        zombies.add(client)
        client.pool.destroy()
        // The client reconnects these at once, to a port that still accepts: it sees nothing wrong.
        for (const socket of client.sockets) socket.destroy()
      }
    },
    async close() {
      closed = true
      const listeners = [...clients.values(), ...zombies].map(forget)
      const stopped = new Promise((done) => server.close(done))
      for (const socket of publicSockets) socket.destroy()
      await Promise.all([stopped, ...listeners])
    },
  }

  server.on('connection', (socket) => {
    publicSockets.add(socket)
    socket.once('close', () => publicSockets.delete(socket))
  })
  server.on('request', (req, res) => {
    const id = TUNNEL_HOST.exec(req.headers.host ?? '')?.[1]?.toLowerCase()
    if (id === undefined) return void control(req, res).catch((err: Error) => reply(res, 500, { message: err.message }))
    const client = clients.get(id)
    if (!client) return reply(res, 404, { message: `no tunnel ${id}` })
    forward(client, req, res)
  })

  async function control(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://relay')
    if (url.pathname === '/api/status') return reply(res, 200, { tunnels: clients.size })
    const statusOf = /^\/api\/tunnels\/([^/]+)\/status$/.exec(url.pathname)?.[1]
    if (statusOf !== undefined) {
      const client = clients.get(statusOf)
      return client ? reply(res, 200, { connected_sockets: client.sockets.size }) : reply(res, 404, { message: 'unknown tunnel' })
    }
    const wanted = url.pathname === '/' && url.searchParams.has('new') ? null : /^\/([^/]+)$/.exec(url.pathname)?.[1]
    if (wanted === undefined) return reply(res, 404, { message: 'ask for /?new or /<subdomain>' })
    if (wanted !== null && !SUBDOMAIN.test(wanted)) return reply(res, 403, { message: 'Invalid subdomain.' })
    relay.controlRequests++
    if (relay.mode === 'hang') {
      hanging.add(res)
      return void res.once('close', () => hanging.delete(res))
    }
    if (relay.mode === 'refuse') return reply(res, 503, { message: 'the relay takes no new tunnels' })
    // A free requested id is granted; one held by a live client is not (a random one instead).
    const id = wanted && !clients.has(wanted) ? wanted : randomBytes(5).toString('hex')
    const port = await openClient(id)
    if (port) reply(res, 200, { id, port, max_conn_count: maxConnCount, url: `http://${id}.localhost:${relay.port}` })
  }

  /** The port for the client's sockets, or null when the relay was closed meanwhile. */
  async function openClient(id: string): Promise<number | null> {
    const client: TunnelClient = { id, listener: createTcpServer(), sockets: new Set(), pool: new TunnelPool(maxConnCount), pending: 0, grace: null, zombie: false }
    clients.set(id, client)
    client.listener.on('connection', (socket) => {
      relay.socketConnections++
      if (client.zombie) {
        client.sockets.add(socket)
        socket.on('error', () => socket.destroy())
        return void socket.once('close', () => client.sockets.delete(socket))
      }
      if (dropping || client.sockets.size >= maxConnCount) return void socket.destroy()
      client.sockets.add(socket)
      socket.on('error', () => socket.destroy())
      socket.once('close', () => {
        client.sockets.delete(socket)
        if (client.sockets.size === 0) startGrace(client)
      })
      if (client.grace) clearTimeout(client.grace)
      client.grace = null
      client.pool.add(socket)
    })
    client.listener.listen(0, '127.0.0.1')
    await once(client.listener, 'listening')
    if (closed) {
      await forget(client)
      return null
    }
    startGrace(client)
    return (client.listener.address() as AddressInfo).port
  }

  function startGrace(client: TunnelClient) {
    if (client.zombie) return
    if (client.grace) clearTimeout(client.grace)
    client.grace = setTimeout(() => void forget(client), graceMs)
  }

  /** Drops a tunnel: its id, sockets and listener; resolves once the listener is closed. */
  function forget(client: TunnelClient): Promise<unknown> {
    if (clients.get(client.id) === client) clients.delete(client.id)
    if (client.grace) clearTimeout(client.grace)
    const stopped = new Promise((done) => client.listener.close(done))
    for (const socket of client.sockets) socket.destroy()
    client.pool.destroy()
    return stopped
  }

  function forward(client: TunnelClient, req: IncomingMessage, res: ServerResponse) {
    if (client.pending >= maxConnCount + maxQueued) return reply(res, 503, { message: 'tunnel busy' })
    client.pending++
    res.once('close', () => client.pending--)
    const upstream = request({ agent: client.pool, method: req.method, path: req.url, headers: endToEnd(req.headers) }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers))
      pipeline(answer, res, () => {})
    })
    upstream.on('error', () => (res.headersSent ? res.destroy() : reply(res, 502, { message: 'the tunnel client did not answer' })))
    pipeline(req, upstream, () => {})
  }

  server.listen(options.port ?? 0, '127.0.0.1')
  await once(server, 'listening')
  relay.port = (server.address() as AddressInfo).port
  relay.host = `http://127.0.0.1:${relay.port}`
  return relay
}

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const out = { ...headers }
  for (const name of HOP_BY_HOP) delete out[name]
  return out
}

function reply(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}
