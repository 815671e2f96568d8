const HOUR_MS = 60 * 60 * 1000

/**
 * The public localtunnel service blocks clients that open more than about 100 tunnels an hour.
 * Every open (a start, a reconnect, an attempt to take the stable subdomain back) is counted, and
 * once `perHour` were made in the last hour the next one waits until the oldest is an hour old.
 */
export function createOpenBudget(perHour: number, now: () => number) {
  const opened: number[] = []
  const forgetOld = () => {
    while (opened.length && now() - opened[0]! >= HOUR_MS) opened.shift()
  }
  return {
    record() {
      opened.push(now())
    },
    /** 0 when an open may be made now, else how long to wait. */
    waitMs(): number {
      forgetOld()
      return opened.length < perHour ? 0 : opened[0]! + HOUR_MS - now()
    },
  }
}
