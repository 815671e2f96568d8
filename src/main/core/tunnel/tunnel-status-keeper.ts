import type { TunnelStatus } from '../../../shared/domain'
import type { Logger } from '../logger'

export type StatusFields = Omit<TunnelStatus, 'since' | 'urlChangedAt' | 'previousUrl'>
export interface UrlChange {
  previousUrl: string
  url: string
  at: string
}

interface Options {
  now: () => Date
  /** Where platforms were told to post before this run (the last session's URL), if anywhere. */
  lastUrl: string | null
  logger: Logger
  onStatus: (status: TunnelStatus) => void
  onUrlChanged: (change: UrlChange) => void
}

/**
 * The tunnel's status as the UI sees it, with the one thing it must never miss: the public URL
 * changed (so every platform holding the old webhook URLs fails). The last change stays in the
 * status (`urlChangedAt`, `previousUrl`) for a window opened later.
 */
export function createStatusKeeper({ now, lastUrl, logger, onStatus, onUrlChanged }: Options) {
  let change: UrlChange | null = null
  let pending: UrlChange | null = null
  let status: TunnelStatus = {
    state: 'disabled', host: '', url: null, reason: null, since: now().toISOString(), nextAttemptAt: null,
    requestedSubdomain: null, grantedSubdomain: null, urlChangedAt: null, previousUrl: null, reclaimAt: null,
  }

  return {
    get: () => status,
    /** Platforms now reach the receiver at `url`: a change is announced with the next status. */
    reachableAt(url: string) {
      if (lastUrl && lastUrl !== url) {
        change = pending = { previousUrl: lastUrl, url, at: now().toISOString() }
        logger.warn('the public URL changed: platforms still posting to the old one will fail', { from: lastUrl, to: url })
      }
      lastUrl = url
    },
    set(fields: StatusFields) {
      // An update that changes neither the state nor the URL (the next reclaim time) keeps its `since`.
      const same = fields.state === status.state && fields.url === status.url && fields.state === 'online'
      const since = same ? status.since : now().toISOString()
      status = { ...fields, since, urlChangedAt: change?.at ?? null, previousUrl: change?.previousUrl ?? null }
      onStatus(status)
      // After the status, so whoever reacts to the change already sees the new URL everywhere.
      const announce = pending
      pending = null
      if (announce) onUrlChanged(announce)
    },
  }
}
