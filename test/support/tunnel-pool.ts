import { Agent, type ClientRequestArgs } from 'node:http'
import type { Socket } from 'node:net'
import type { Duplex } from 'node:stream'

type Handout = (err: Error | null, socket: Duplex) => void

/**
 * The sockets one tunnel client opened to the relay, used as an http.Agent (as the real server's
 * TunnelAgent does): the agent runs one request/response at a time per socket, keeps a socket for
 * the next request once its response is over, and queues requests while every socket is busy.
 * A socket the agent has never used comes from `fresh`; with none there, the agent waits for the
 * client to connect one.
 */
export class TunnelPool extends Agent {
  private fresh: Socket[] = []
  private waiting: Handout[] = []
  private closed = false

  constructor(maxConn: number) {
    super({ keepAlive: true, maxSockets: maxConn, maxFreeSockets: maxConn })
  }

  /** A socket the client just connected. */
  add(socket: Socket) {
    socket.once('close', () => {
      const i = this.fresh.indexOf(socket)
      if (i >= 0) this.fresh.splice(i, 1)
    })
    const next = this.waiting.shift()
    if (next) next(null, socket)
    else this.fresh.push(socket)
  }

  override createConnection(_options: ClientRequestArgs, handout?: Handout): undefined {
    if (this.closed) handout!(new Error('tunnel closed'), null as unknown as Duplex)
    else {
      const socket = this.fresh.shift()
      if (socket) handout!(null, socket)
      else this.waiting.push(handout!)
    }
    return undefined
  }

  override destroy() {
    this.closed = true
    for (const handout of this.waiting.splice(0)) handout(new Error('tunnel closed'), null as unknown as Duplex)
    for (const socket of this.fresh.splice(0)) socket.destroy()
    super.destroy()
  }
}
