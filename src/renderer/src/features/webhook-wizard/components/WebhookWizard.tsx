import { useState } from 'react'
import { ErrorNote } from '../../../components/ui/ErrorNote'
import { PageHeader } from '../../../components/ui/PageHeader'
import type { Webhook } from '../../../lib/domain'
import { useLiveWebhook } from '../hooks/use-live-webhook'
import { ConnectStep } from './ConnectStep'
import { DetailsStep } from './DetailsStep'
import { FirstRequestStep } from './FirstRequestStep'
import { WizardSteps } from './WizardSteps'

interface WebhookWizardProps {
  onOpenInbox(): void
}

/** New webhook: details → URL and platform steps → live wait for the first request. */
export function WebhookWizard({ onOpenInbox }: WebhookWizardProps) {
  const [created, setCreated] = useState<Webhook | null>(null)
  // A new key restarts the wizard from step 1 ("Create another webhook").
  const [round, setRound] = useState(0)
  const restart = () => {
    setCreated(null)
    setRound((r) => r + 1)
  }

  return (
    <div className="page page-narrow">
      <PageHeader title="New webhook" description="Get a URL for one lead source, paste it into the platform and watch the first lead arrive." />
      {created ? (
        <CreatedWebhook key={created.id} initial={created} onOpenInbox={onOpenInbox} onCreateAnother={restart} />
      ) : (
        <>
          <WizardSteps current={0} />
          <DetailsStep key={round} onCreated={setCreated} />
        </>
      )}
    </div>
  )
}

interface CreatedWebhookProps {
  initial: Webhook
  onOpenInbox(): void
  onCreateAnother(): void
}

/** Steps 2 and 3 share one live view of the webhook, so a request that arrives early is not missed. */
function CreatedWebhook({ initial, onOpenInbox, onCreateAnother }: CreatedWebhookProps) {
  const [step, setStep] = useState<1 | 2>(1)
  const live = useLiveWebhook(initial.id)
  const webhook = live.data ?? initial
  return (
    <>
      <WizardSteps current={step} />
      <ErrorNote message={live.error} />
      {step === 1 ? (
        <ConnectStep webhook={webhook} onNext={() => setStep(2)} />
      ) : (
        <FirstRequestStep webhook={webhook} onOpenInbox={onOpenInbox} onCreateAnother={onCreateAnother} />
      )}
    </>
  )
}
