// The localtunnel client's Tunnel class, used directly so the control request (which the client
// would retry forever) is ours, while its socket pool (TunnelCluster) does the forwarding.
declare module '@n8n/localtunnel/lib/Tunnel.js' {
  import { EventEmitter } from 'node:events'
  export interface TunnelInfo {
    name: string
    url: string
    max_conn: number
  }
  export default class Tunnel extends EventEmitter {
    constructor(opts: { host: string; port: number; local_host?: string; subdomain?: string })
    url: string
    closed: boolean
    /** The client's socket pool, there once open() has called back: emits 'open' per socket connected. */
    tunnelCluster?: EventEmitter
    _getInfo(body: unknown): TunnelInfo
    _init(cb: (err: Error | null, info?: TunnelInfo) => void): void
    open(cb: (err?: Error) => void): void
    close(): void
  }
}
