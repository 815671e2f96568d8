import { useState } from 'react'
import { CopyField } from '../../../components/ui/CopyField'
import { useTunnelStatus } from '../../../hooks/use-tunnel-status'
import { useWebhooks } from '../../../hooks/use-webhooks'
import { useEvent } from '../../../lib/api-client'
import type { TunnelUrlChange } from '../../../lib/domain'
import { formatShort } from '../../../lib/format-time'
import { PLATFORM_LABELS, PLATFORM_URL_PLACES } from '../../../lib/platforms'

/**
 * Says loudly that the public URL moved: every platform still holding a webhook URL on the old
 * address fails until the new one is pasted there. Lists each webhook with its new URL (copyable)
 * and where it goes. The change comes from `tunnel:url-changed`, or from the status for a window
 * opened after it. Dismissed per change, not forever.
 */
export function UrlChangedNotice() {
  const { status } = useTunnelStatus()
  const webhooks = useWebhooks().data ?? []
  const [announced, setAnnounced] = useState<TunnelUrlChange | null>(null)
  const [dismissed, setDismissed] = useState<string | null>(readDismissed)
  useEvent('tunnel:url-changed', setAnnounced)

  const change = announced && (!status?.urlChangedAt || announced.at >= status.urlChangedAt) ? announced : status?.urlChangedAt && status.previousUrl ? { at: status.urlChangedAt, previousUrl: status.previousUrl, url: status.url } : null
  if (!change || dismissed === change.at) return null
  // The event names the webhooks it affected; otherwise every webhook's current URL is the new one.
  const affected = announced && announced.at === change.at ? announced.affectedWebhooks : webhooks.map(({ id, name, url }) => ({ id, name, url }))
  const platformOf = (id: string) => webhooks.find((w) => w.id === id)?.platform

  return (
    <section className="url-changed" role="alert" aria-labelledby="url-changed-title">
      <div className="url-changed-head">
        <div>
          <h2 id="url-changed-title" className="url-changed-title">
            Your public URL changed: update your lead platforms
          </h2>
          <p className="url-changed-text">
            At {formatShort(change.at)} the address moved from <code>{change.previousUrl}</code>
            {change.url && (
              <>
                {' '}
                to <code>{change.url}</code>
              </>
            )}
            . Platforms still posting to the old address fail until you paste each webhook’s new URL into them:
          </p>
        </div>
        <button type="button" className="button button-small" onClick={() => setDismissed(rememberDismissed(change.at))}>
          Dismiss
        </button>
      </div>
      {affected.length === 0 ? (
        <p className="url-changed-text">You have no webhooks yet, so there is nothing to update.</p>
      ) : (
        <ul className="url-changed-list" aria-label="Webhooks to update">
          {affected.map((w) => {
            const platform = platformOf(w.id)
            return (
              <li key={w.id} className="url-changed-item">
                <div className="url-changed-name">
                  <strong>{w.name}</strong>
                  {platform && PLATFORM_LABELS[platform] !== w.name && <span className="muted"> · {PLATFORM_LABELS[platform]}</span>}
                  {platform && <span className="cell-sub">Paste it in: {PLATFORM_URL_PLACES[platform]}</span>}
                </div>
                <CopyField label={`New URL for ${w.name}`} value={w.url} />
              </li>
            )
          })}
        </ul>
      )}
      {status?.reclaimAt && status.requestedSubdomain && (
        <p className="url-changed-text">
          Cratio Desk keeps asking for your usual subdomain <code>{status.requestedSubdomain}</code> (next try at {formatShort(status.reclaimAt)}). If it comes
          back, the URL changes again and this notice shows the URLs to use.
        </p>
      )}
    </section>
  )
}

// A dismissed change stays dismissed after a reload (the status still carries it): only a newer change shows again.
const DISMISSED_KEY = 'cratio.urlChangeDismissed'

function readDismissed(): string | null {
  try {
    return localStorage.getItem(DISMISSED_KEY)
  } catch {
    return null
  }
}

function rememberDismissed(at: string): string {
  try {
    localStorage.setItem(DISMISSED_KEY, at)
  } catch {
    // Storage refused (a private window): dismissed for this page only.
  }
  return at
}
