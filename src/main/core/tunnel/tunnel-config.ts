import type { Settings } from '../../../shared/domain'
import { backoffFrom, createBackoff, type Backoff } from './backoff'

/** What the tunnel does, from the settings (and this run's command-line overrides). */
export interface TunnelConfig {
  enabled: boolean
  host: string
  /** The stable subdomain to ask for; null asks the server for any. */
  subdomain: string | null
  /** The user's own public base URL: when set, no tunnel is opened and webhook URLs use it. */
  directUrl: string | null
}

export type TunnelSettings = Pick<Settings, 'tunnelEnabled' | 'tunnelHost' | 'tunnelSubdomain' | 'directUrl'>
export const TUNNEL_SETTING_KEYS = ['tunnelEnabled', 'tunnelHost', 'tunnelSubdomain', 'directUrl'] as const

/** Timings and limits; the defaults suit the public service, tests make them short. */
export interface TunnelTuning {
  /** One attempt to open (control request and first socket) gives up after this. */
  openTimeoutMs: number
  /** How often a live tunnel is checked (the server's view and a request through the public URL). */
  healthIntervalMs: number
  healthTimeoutMs: number
  /** Delay before the n-th attempt to reopen; capped exponential with jitter by default. */
  retryDelayMs?: (attempt: number) => number
  /** Delay before the n-th attempt to take the stable subdomain back, and how many attempts. */
  reclaimDelayMs?: (attempt: number) => number
  reclaimAttempts: number
  /** The tunnel down this long (once per outage) raises tunnel:down-too-long. */
  downAlertMs: number
  /** Tunnels opened per hour at most (the public service blocks clients above about 100). */
  opensPerHour: number
  /** After closing a tunnel, how long the server may still hold its subdomain (waited out before asking again). */
  releaseWaitMs: number
}

export const TUNING_KEYS = [
  'openTimeoutMs',
  'healthIntervalMs',
  'healthTimeoutMs',
  'retryDelayMs',
  'reclaimDelayMs',
  'reclaimAttempts',
  'downAlertMs',
  'opensPerHour',
  'releaseWaitMs',
] as const satisfies readonly (keyof TunnelTuning)[]

export const DEFAULT_TUNING: TunnelTuning = {
  openTimeoutMs: 10_000,
  healthIntervalMs: 30_000,
  healthTimeoutMs: 10_000,
  reclaimAttempts: 12,
  downAlertMs: 60_000,
  opensPerHour: 90,
  releaseWaitMs: 2000,
}

/** Reopen after 2 s, 4, 8, ... at most every 5 min; take the subdomain back after 1 min, 2, 4, ... 15. */
export const retryBackoff = (t: TunnelTuning): Backoff =>
  t.retryDelayMs ? backoffFrom(t.retryDelayMs) : createBackoff({ baseMs: 2000, maxMs: 5 * 60_000 })
export const reclaimBackoff = (t: TunnelTuning): Backoff =>
  t.reclaimDelayMs ? backoffFrom(t.reclaimDelayMs) : createBackoff({ baseMs: 60_000, maxMs: 15 * 60_000, jitter: 0.1 })

export function tunnelConfigFrom(s: TunnelSettings): TunnelConfig {
  return { enabled: s.tunnelEnabled, host: s.tunnelHost.replace(/\/+$/, ''), subdomain: s.tunnelSubdomain, directUrl: s.directUrl }
}

export function sameTunnelConfig(a: TunnelConfig, b: TunnelConfig): boolean {
  return a.enabled === b.enabled && a.host === b.host && a.subdomain === b.subdomain && a.directUrl === b.directUrl
}
