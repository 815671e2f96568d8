import { setTimeout as sleep } from 'node:timers/promises'
import type { ServerView } from './check-tunnel-health'

interface Options {
  /** What the server says about a subdomain, within `timeoutMs`. */
  ask: (subdomain: string, timeoutMs: number) => Promise<ServerView>
  /** How long the server may keep a closed tunnel's subdomain (the public server: about 1 s). */
  releaseWaitMs: number
  timeoutMs: number
  now: () => number
}

/**
 * Which subdomain the next open asks for. Normally the stable one, but:
 * - right after we closed a tunnel under it, the server still holds it for a moment and would
 *   hand out a random one: wait until it lets go (only while it shows no socket: ours are gone);
 * - while we are on another one because the stable one is held by a live client elsewhere, ask
 *   for that other one again, so a reconnect does not move the URL a second time;
 * - after the server refused the request itself (4xx: it will not give this subdomain), any.
 */
export function createSubdomainChooser({ ask, releaseWaitMs, timeoutMs, now }: Options) {
  let fallback: string | null = null
  let anyNext = false
  let released: { subdomain: string; at: number } | null = null

  async function waitForRelease(subdomain: string) {
    if (released?.subdomain !== subdomain) return
    const left = () => released!.at + releaseWaitMs - now()
    if (left() <= 0) return
    const view = await ask(subdomain, Math.min(timeoutMs, left()))
    if (view.kind === 'empty' && left() > 0) await sleep(left(), undefined, { ref: false })
  }

  return {
    async choose(stable: string | null): Promise<string | null> {
      if (anyNext) {
        anyNext = false
        return null
      }
      if (!stable) return null
      const pick = fallback && fallback !== stable && (await ask(stable, timeoutMs)).kind === 'alive' ? fallback : stable
      await waitForRelease(pick)
      return pick
    },
    granted(subdomain: string) {
      fallback = subdomain
    },
    released(subdomain: string, at: number) {
      released = { subdomain, at }
    },
    refused() {
      anyNext = true
    },
    /** New settings: nothing from before applies, except a release still under way. */
    reset() {
      fallback = null
      anyNext = false
    },
  }
}
