import { ErrorNote } from '../../../components/ui/ErrorNote'
import { PageHeader } from '../../../components/ui/PageHeader'
import { useWebhooks } from '../../../hooks/use-webhooks'
import { useSettings } from '../hooks/use-settings'
import { PublicUrlSection } from './PublicUrlSection'
import { RetentionSection } from './RetentionSection'
import { TeamSection } from './TeamSection'

/** The app's own settings: who gets the leads, how long the activity log is kept, and the public URL. */
export function SettingsPage() {
  const { settings, error, update } = useSettings()
  const webhooks = useWebhooks().data ?? []
  return (
    <div className="page page-settings">
      <PageHeader title="Settings" description="Your team and how new leads are shared among them, the activity log, and how platforms reach this computer." />
      <ErrorNote message={error} />
      {settings && (
        <div className="stack">
          <TeamSection settings={settings} webhooks={webhooks} save={update} />
          <RetentionSection settings={settings} save={update} />
          <PublicUrlSection settings={settings} save={update} />
        </div>
      )}
    </div>
  )
}
