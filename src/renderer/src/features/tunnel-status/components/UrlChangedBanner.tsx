import { useState } from 'react'
import type { TunnelStatus } from '../../../lib/domain'
import { formatShort } from '../../../lib/format-time'

/**
 * Says loudly that the public URL moved: every platform still holding a webhook URL on the old
 * address fails until the new one is pasted there. Dismissed per change, not forever.
 */
export function UrlChangedBanner({ status }: { status: TunnelStatus }) {
  const [dismissed, setDismissed] = useState<string | null>(null)
  if (!status.urlChangedAt || !status.previousUrl || dismissed === status.urlChangedAt) return null
  const changedAt = status.urlChangedAt
  return (
    <div className="tunnel-banner" role="alert">
      <p>
        <strong>Your public URL changed at {formatShort(changedAt)}.</strong> Platforms still posting to the old address (
        <code>{status.previousUrl}</code>) fail until you paste each webhook’s new URL (see Webhooks) into them.
      </p>
      <button type="button" className="button button-small" onClick={() => setDismissed(changedAt)}>
        Dismiss
      </button>
    </div>
  )
}
