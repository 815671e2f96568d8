import { useState } from 'react'
import { CopyBlock } from '../../../components/ui/CopyBlock'
import { useEvent } from '../../../lib/api-client'
import type { Delivery, Webhook } from '../../../lib/domain'
import { platformLabel } from '../../../lib/platforms'
import { curlExample } from '../guides/platform-guides'
import { DetectedFieldsTable } from './DetectedFieldsTable'

interface FirstRequestStepProps {
  webhook: Webhook
  onOpenInbox(): void
  onCreateAnother(): void
  onMapFields(): void
}

/**
 * Step 3: waits for the platform's first request and then shows the fields it carried, so the
 * user sees at once whether the platform is sending what they expect.
 */
export function FirstRequestStep({ webhook, onOpenInbox, onCreateAnother, onMapFields }: FirstRequestStepProps) {
  const [refusal, setRefusal] = useState<Delivery | null>(null)
  useEvent('deliveries:logged', (d) => d.webhookId === webhook.id && setRefusal(d.outcome === 'rejected' ? d : null))

  if (webhook.detectedFields.length === 0) {
    return (
      <section className="card waiting" aria-labelledby="waiting-title">
        <div className="waiting-head">
          <span className="spinner" aria-hidden="true" />
          <h2 id="waiting-title" className="card-title">
            Waiting for the first request…
          </h2>
        </div>
        <p className="card-text">
          Leave this screen open and send a test lead from {platformLabel(webhook.platform)}. Its fields show up here the moment it arrives.
        </p>
        {refusal && (
          <p className="form-error" role="alert">
            A request arrived but was refused ({refusal.statusCode}): {refusal.message}
          </p>
        )}
        <CopyBlock label="Or send a test lead from a terminal" text={curlExample(webhook.url)} />
      </section>
    )
  }

  return (
    <section className="card" aria-labelledby="fields-title">
      <h2 id="fields-title" className="card-title">
        <span className="check-mark" aria-hidden="true" />
        First request received
      </h2>
      <p className="card-text">These are the fields the request carried. Every lead sent to this webhook now appears in your inbox as it arrives. Next, check where each field goes.</p>
      <DetectedFieldsTable fields={webhook.detectedFields} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCreateAnother}>
          Create another webhook
        </button>
        <button type="button" className="button" onClick={onOpenInbox}>
          Open inbox
        </button>
        <button type="button" className="button button-primary" onClick={onMapFields}>
          Next: map fields
        </button>
      </div>
    </section>
  )
}
