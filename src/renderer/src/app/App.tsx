import { useEffect, useState, type ReactNode } from 'react'
import { ProblemsBanner } from '../features/app-problems'
import { DeliveryLog } from '../features/delivery-log'
import { FieldMapping } from '../features/field-mapping'
import { LeadInbox } from '../features/lead-inbox'
import { SettingsPage } from '../features/settings'
import { UrlChangedNotice } from '../features/tunnel-status'
import { WebhookList } from '../features/webhook-list'
import { WebhookWizard } from '../features/webhook-wizard'
import { forgetSessionSecret, useConnectionState, useEvent } from '../lib/api-client'
import { NoSecretScreen } from './NoSecretScreen'
import { Sidebar } from './Sidebar'
import { StatusBar } from './StatusBar'
import { VIEWS, type ViewId } from './views'

/** The mapping editor, handed to the wizard and the webhook list (features do not import each other). */
const renderMapping = (webhookId: string, extraActions: ReactNode) => <FieldMapping webhookId={webhookId} extraActions={extraActions} />

/** The composition root of the UI: the only place that knows every feature and wires them together. */
export function App() {
  const connection = useConnectionState()
  const [view, setView] = useState<ViewId>('inbox')
  const [unseenLeads, setUnseenLeads] = useState(0)

  // Test submissions are hidden in the inbox by default, so they do not count as news either.
  useEvent('leads:received', (lead) => view !== 'inbox' && !lead.isTest && setUnseenLeads((n) => n + 1))
  useEffect(() => {
    document.title = `${VIEWS.find((v) => v.id === view)?.label ?? ''} · Cratio Desk`
  }, [view])
  useEffect(() => {
    if (connection === 'unauthorized') forgetSessionSecret()
  }, [connection])

  const navigate = (next: ViewId) => {
    setView(next)
    if (next === 'inbox') setUnseenLeads(0)
  }

  if (connection === 'unauthorized') return <NoSecretScreen refused />
  return (
    <div className="app">
      <Sidebar current={view} unseenLeads={unseenLeads} onNavigate={navigate} />
      <div className="main">
        <StatusBar connection={connection} />
        <main className="content">
          <div className="notices">
            <ProblemsBanner />
            <UrlChangedNotice />
          </div>
          {view === 'inbox' && <LeadInbox onCreateWebhook={() => navigate('new-webhook')} />}
          {view === 'webhooks' && <WebhookList onCreate={() => navigate('new-webhook')} renderMapping={renderMapping} />}
          {view === 'new-webhook' && <WebhookWizard onOpenInbox={() => navigate('inbox')} renderMapping={renderMapping} />}
          {view === 'activity' && <DeliveryLog />}
          {view === 'settings' && <SettingsPage />}
        </main>
      </div>
    </div>
  )
}
