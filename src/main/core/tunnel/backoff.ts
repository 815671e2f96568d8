export interface BackoffOptions {
  /** The first delay; each next one doubles, up to `maxMs`. */
  baseMs: number
  maxMs: number
  /** Each delay is shortened by up to this fraction at random, so many clients do not retry in step. */
  jitter?: number
  random?: () => number
}

export type Backoff = ReturnType<typeof createBackoff>

/** Capped exponential backoff with jitter: base, 2 x base, 4 x base, ... up to max. */
export function createBackoff({ baseMs, maxMs, jitter = 0.3, random = Math.random }: BackoffOptions) {
  let attempt = 0
  return {
    /** The delay before the next attempt (and counts it). */
    next(): number {
      const delay = Math.min(maxMs, baseMs * 2 ** attempt)
      attempt++
      return Math.round(delay * (1 - jitter * random()))
    },
    reset() {
      attempt = 0
    },
    attempts: () => attempt,
  }
}

/** A backoff from a plain "delay for the n-th attempt" function (tests, tuning). */
export function backoffFrom(delayFor: (attempt: number) => number): Backoff {
  let attempt = 0
  return { next: () => delayFor(attempt++), reset: () => void (attempt = 0), attempts: () => attempt }
}
