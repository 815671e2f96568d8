import { EmptyState } from '../../../components/ui/EmptyState'
import { ErrorNote } from '../../../components/ui/ErrorNote'
import { PageHeader } from '../../../components/ui/PageHeader'
import { useWebhooks } from '../../../hooks/use-webhooks'
import { useDeliveries } from '../hooks/use-deliveries'
import { DeliveryRow } from './DeliveryRow'

/** Recent requests to the receiver, so a user can see why a platform's request was refused. */
export function DeliveryLog() {
  const { data, error, loading } = useDeliveries()
  const webhooks = useWebhooks().data ?? []
  const deliveries = data ?? []
  const webhookName = (id: string | null) => (id === null ? 'Unknown URL' : (webhooks.find((w) => w.id === id)?.name ?? 'Deleted webhook'))

  return (
    <div className="page">
      <PageHeader title="Activity" description="Every request your webhook URLs received, newest first. A refused request says why, so you can fix the platform's settings." />
      <ErrorNote message={error} />
      {loading ? null : deliveries.length === 0 ? (
        <EmptyState title="No requests yet" icon="activity">When a platform posts to one of your webhook URLs, the request is listed here, with the reason if it was refused.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label="Recent requests">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Webhook</th>
                <th scope="col">Status</th>
                <th scope="col">Outcome</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <DeliveryRow key={d.id} delivery={d} webhookName={webhookName(d.webhookId)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
