import { useEffect, useState } from 'react'
import { DeliveryLog } from '../features/delivery-log'
import { LeadInbox } from '../features/lead-inbox'
import { WebhookList } from '../features/webhook-list'
import { WebhookWizard } from '../features/webhook-wizard'
import { forgetSessionSecret, useConnectionState, useEvent } from '../lib/api-client'
import { NoSecretScreen } from './NoSecretScreen'
import { Sidebar } from './Sidebar'
import { StatusBar } from './StatusBar'
import { VIEWS, type ViewId } from './views'

/** The composition root of the UI: the only place that knows every feature and wires them together. */
export function App() {
  const connection = useConnectionState()
  const [view, setView] = useState<ViewId>('inbox')
  const [unseenLeads, setUnseenLeads] = useState(0)

  useEvent('leads:received', () => view !== 'inbox' && setUnseenLeads((n) => n + 1))
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
          {view === 'inbox' && <LeadInbox onCreateWebhook={() => navigate('new-webhook')} />}
          {view === 'webhooks' && <WebhookList onCreate={() => navigate('new-webhook')} />}
          {view === 'new-webhook' && <WebhookWizard onOpenInbox={() => navigate('inbox')} />}
          {view === 'activity' && <DeliveryLog />}
        </main>
      </div>
    </div>
  )
}
