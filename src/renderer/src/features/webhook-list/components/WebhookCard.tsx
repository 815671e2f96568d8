import { useId, useState } from 'react'
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog'
import { CopyField } from '../../../components/ui/CopyField'
import { ErrorNote } from '../../../components/ui/ErrorNote'
import { Switch } from '../../../components/ui/Switch'
import type { Webhook } from '../../../lib/domain'
import { formatRelative } from '../../../lib/format-time'
import { platformLabel } from '../../../lib/platforms'
import { useWebhookActions } from '../hooks/use-webhook-actions'
import { MappingDialog, type RenderMapping } from './MappingDialog'
import { WebhookSettingsDialog } from './WebhookSettingsDialog'

type Open = 'regenerate' | 'delete' | 'mapping' | 'settings' | null

interface WebhookCardProps {
  webhook: Webhook
  onChanged(): void
  renderMapping: RenderMapping
}

/** One webhook: its URL, whether it accepts leads, what it has received, and its dangerous actions. */
export function WebhookCard({ webhook, onChanged, renderMapping }: WebhookCardProps) {
  const titleId = useId()
  const actions = useWebhookActions(webhook.id, onChanged)
  const [open, setOpen] = useState<Open>(null)

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
          <DefaultsSummary webhook={webhook} />
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
          <button type="button" className="button button-small" onClick={() => setOpen('mapping')}>
            Field mapping
          </button>
          <button type="button" className="button button-small" onClick={() => setOpen('settings')}>
            Settings
          </button>
          <button type="button" className="button button-small" onClick={() => setOpen('regenerate')}>
            Regenerate URL
          </button>
          <button type="button" className="button button-small button-danger-quiet" onClick={() => setOpen('delete')}>
            Delete
          </button>
        </div>
      </footer>
      {open === 'mapping' && <MappingDialog webhook={webhook} renderMapping={renderMapping} onClose={() => setOpen(null)} />}
      {open === 'settings' && <WebhookSettingsDialog webhook={webhook} onClose={() => setOpen(null)} />}
      {open === 'regenerate' && (
        <ConfirmDialog title={`Regenerate the URL of “${webhook.name}”?`} confirmLabel="Regenerate URL" onConfirm={actions.regenerate} onClose={() => setOpen(null)}>
          The current URL stops working at once: every platform still posting to it gets an error until you paste the new URL there.
        </ConfirmDialog>
      )}
      {open === 'delete' && (
        <ConfirmDialog title={`Delete “${webhook.name}”?`} confirmLabel="Delete webhook" onConfirm={actions.remove} onClose={() => setOpen(null)}>
          Its URL stops working at once. The leads it already received stay in your inbox.
        </ConfirmDialog>
      )}
    </article>
  )
}

/** What new leads get when the payload lacks it, when that is more than the plain defaults. */
function DefaultsSummary({ webhook: w }: { webhook: Webhook }) {
  const parts = [
    w.defaults.status !== 'New' && `status ${w.defaults.status}`,
    w.defaults.source && `source ${w.defaults.source}`,
    w.defaults.tags.length > 0 && `tags ${w.defaults.tags.join(', ')}`,
    w.defaults.assignee && `assigned to ${w.defaults.assignee}`,
    w.defaultCountry !== 'IN' && `phone country ${w.defaultCountry}`,
  ].filter(Boolean)
  if (parts.length === 0) return null
  return <p className="webhook-defaults">New leads: {parts.join(' · ')}</p>
}
