import type { Webhook } from '../../../lib/domain'
import type { RenderMapping } from './WebhookWizard'

interface MapFieldsStepProps {
  webhook: Webhook
  onOpenInbox(): void
  renderMapping: RenderMapping
}

/** Step 4: where each field of the platform's requests goes in the lead (suggestions filled in). */
export function MapFieldsStep({ webhook, onOpenInbox, renderMapping }: MapFieldsStepProps) {
  const openInbox = (
    <button type="button" className="button" onClick={onOpenInbox}>
      Open inbox
    </button>
  )
  return (
    <section className="card" aria-labelledby="map-fields-title">
      <h2 id="map-fields-title" className="card-title">
        Map the fields of {webhook.name}
      </h2>
      <p className="card-text">
        Each field the first request carried, with the value it had and our suggestion. Choose where it goes in the lead, keep it as a
        custom field under a name you choose, or ignore it. Fields that appear in later requests are added here as they arrive.
      </p>
      {renderMapping(webhook.id, openInbox)}
    </section>
  )
}
