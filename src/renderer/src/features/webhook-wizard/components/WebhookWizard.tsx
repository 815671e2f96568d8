import { useState, type ReactNode } from 'react'
import { ErrorNote } from '../../../components/ui/ErrorNote'
import { PageHeader } from '../../../components/ui/PageHeader'
import type { Webhook } from '../../../lib/domain'
import { useLiveWebhook } from '../hooks/use-live-webhook'
import { ConnectStep } from './ConnectStep'
import { DetailsStep } from './DetailsStep'
import { FirstRequestStep } from './FirstRequestStep'
import { MapFieldsStep } from './MapFieldsStep'
import { WizardSteps } from './WizardSteps'

/** The mapping editor is another feature's: the app passes it in (features do not import each other). */
export type RenderMapping = (webhookId: string, extraActions: ReactNode) => ReactNode

interface WebhookWizardProps {
  onOpenInbox(): void
  renderMapping: RenderMapping
}

/** New webhook: details → URL and platform steps → live wait for the first request → field mapping. */
export function WebhookWizard({ onOpenInbox, renderMapping }: WebhookWizardProps) {
  const [created, setCreated] = useState<Webhook | null>(null)
  // A new key restarts the wizard from step 1 ("Create another webhook").
  const [round, setRound] = useState(0)
  const restart = () => {
    setCreated(null)
    setRound((r) => r + 1)
  }

  return (
    <div className="page page-wizard">
      <PageHeader title="New webhook" description="Get a URL for one lead source, paste it into the platform and watch the first lead arrive." />
      {created ? (
        <CreatedWebhook key={created.id} initial={created} onOpenInbox={onOpenInbox} onCreateAnother={restart} renderMapping={renderMapping} />
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
  renderMapping: RenderMapping
}

/** Steps 2 to 4 share one live view of the webhook, so a request that arrives early is not missed. */
function CreatedWebhook({ initial, onOpenInbox, onCreateAnother, renderMapping }: CreatedWebhookProps) {
  const [step, setStep] = useState<1 | 2 | 3>(1)
  const live = useLiveWebhook(initial.id)
  const webhook = live.data ?? initial
  return (
    <>
      <WizardSteps current={step} />
      <ErrorNote message={live.error} />
      {step === 1 && <ConnectStep webhook={webhook} onNext={() => setStep(2)} />}
      {step === 2 && <FirstRequestStep webhook={webhook} onOpenInbox={onOpenInbox} onCreateAnother={onCreateAnother} onMapFields={() => setStep(3)} />}
      {step === 3 && <MapFieldsStep webhook={webhook} onOpenInbox={onOpenInbox} renderMapping={renderMapping} />}
    </>
  )
}
