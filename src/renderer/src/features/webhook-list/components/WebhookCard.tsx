import { useId, useState } from 'react'
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog'
import { CopyField } from '../../../components/ui/CopyField'
import { ErrorNote } from '../../../components/ui/ErrorNote'
import { Switch } from '../../../components/ui/Switch'
import type { Webhook } from '../../../lib/domain'
import { formatRelative } from '../../../lib/format-time'
import { platformLabel } from '../../../lib/platforms'
import { useWebhookActions } from '../hooks/use-webhook-actions'

type Confirm = 'regenerate' | 'delete' | null

/** One webhook: its URL, whether it accepts leads, what it has received, and its dangerous actions. */
export function WebhookCard({ webhook, onChanged }: { webhook: Webhook; onChanged(): void }) {
  const titleId = useId()
  const actions = useWebhookActions(webhook.id, onChanged)
  const [confirm, setConfirm] = useState<Confirm>(null)

  return (
    <article className={`card webhook-card ${webhook.enabled ? '' : 'is-disabled'}`} aria-labelledby={titleId}>
      <header className="webhook-card-head">
        <div>
          <h2 id={titleId} className="card-title">
            {webhook.name}
          </h2>
          <p className="webhook-meta">
            <span className={`badge badge-${webhook.platform}`}>{platformLabel(webhook.platform)}</span>
            {webhook.sourceLabel && <span>Source: {webhook.sourceLabel}</span>}
          </p>
        </div>
        <Switch label="Receive leads" checked={webhook.enabled} disabled={actions.pending} onChange={(on) => void actions.setEnabled(on)} />
      </header>
      <CopyField label="Webhook URL" value={webhook.url} />
      {!webhook.enabled && <p className="hint-warning">Turned off: requests to this URL are refused (403) until you turn it back on.</p>}
      <ErrorNote message={actions.error} />
      <footer className="webhook-card-foot">
        {webhook.leadCount > 0 && webhook.lastLeadAt ? (
          <p className="webhook-stats">
            <strong>{webhook.leadCount}</strong> {webhook.leadCount === 1 ? 'lead' : 'leads'}
            <span className="dot-sep" aria-hidden="true" />
            last lead {formatRelative(webhook.lastLeadAt)}
          </p>
        ) : (
          <p className="webhook-stats">No leads yet</p>
        )}
        <div className="button-row">
          <button type="button" className="button button-small" onClick={() => setConfirm('regenerate')}>
            Regenerate URL
          </button>
          <button type="button" className="button button-small button-danger-quiet" onClick={() => setConfirm('delete')}>
            Delete
          </button>
        </div>
      </footer>
      {confirm === 'regenerate' && (
        <ConfirmDialog title={`Regenerate the URL of “${webhook.name}”?`} confirmLabel="Regenerate URL" onConfirm={actions.regenerate} onClose={() => setConfirm(null)}>
          The current URL stops working at once: every platform still posting to it gets an error until you paste the new URL there.
        </ConfirmDialog>
      )}
      {confirm === 'delete' && (
        <ConfirmDialog title={`Delete “${webhook.name}”?`} confirmLabel="Delete webhook" onConfirm={actions.remove} onClose={() => setConfirm(null)}>
          Its URL stops working at once. The leads it already received stay in your inbox.
        </ConfirmDialog>
      )}
    </article>
  )
}
