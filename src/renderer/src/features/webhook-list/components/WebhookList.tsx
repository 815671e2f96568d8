import { EmptyState } from '../../../components/ui/EmptyState'
import { ErrorNote } from '../../../components/ui/ErrorNote'
import { PageHeader } from '../../../components/ui/PageHeader'
import { useWebhooks } from '../../../hooks/use-webhooks'
import type { RenderMapping } from './MappingDialog'
import { WebhookCard } from './WebhookCard'

/** Every webhook as a card, newest first, live through `webhooks:changed`. */
export function WebhookList({ onCreate, renderMapping }: { onCreate(): void; renderMapping: RenderMapping }) {
  const { data, error, loading, reload } = useWebhooks()
  const webhooks = [...(data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const newButton = (
    <button type="button" className="button button-primary" onClick={onCreate}>
      New webhook
    </button>
  )

  return (
    <div className="page">
      <PageHeader title="Webhooks" description="One URL per lead source. Turn one off to refuse its requests without deleting it." actions={webhooks.length > 0 && newButton} />
      <ErrorNote message={error} />
      {!loading && webhooks.length === 0 && (
        <EmptyState title="No webhooks yet" icon="link" action={newButton}>
          Create a webhook for each lead source (Facebook, IndiaMART, your website…) and paste its URL into that platform.
        </EmptyState>
      )}
      <div className="webhook-grid">
        {webhooks.map((w) => (
          <WebhookCard key={w.id} webhook={w} onChanged={reload} renderMapping={renderMapping} />
        ))}
      </div>
    </div>
  )
}
