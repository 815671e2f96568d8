import { CopyBlock } from '../../../components/ui/CopyBlock'
import { CopyField } from '../../../components/ui/CopyField'
import type { Webhook } from '../../../lib/domain'
import { platformLabel } from '../../../lib/platforms'
import { curlExample, PLATFORM_GUIDES } from '../guides/platform-guides'

/** Step 2: the URL to paste, and how to paste it into the chosen platform. */
export function ConnectStep({ webhook, onNext }: { webhook: Webhook; onNext(): void }) {
  const guide = PLATFORM_GUIDES[webhook.platform]
  const localOnly = webhook.url === webhook.localUrl
  return (
    <div className="stack">
      <section className="card" aria-labelledby="connect-url-title">
        <h2 id="connect-url-title" className="card-title">
          Your webhook URL
        </h2>
        <p className="card-text">Anyone who has this URL can add leads to your inbox, so share it only with your lead platform.</p>
        <CopyField label="Webhook URL" value={webhook.url} />
        {localOnly && (
          <p className="hint-warning">
            The public tunnel is not online, so this URL only works from this computer. Platforms on the internet need the public URL (see the top bar).
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="connect-guide-title">
        <h2 id="connect-guide-title" className="card-title">
          Set up {platformLabel(webhook.platform)}
        </h2>
        <ol className="guide-steps">
          {guide.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
        {guide.note && <p className="guide-note">{guide.note}</p>}
        {guide.showCurl && <CopyBlock label="Example request" text={curlExample(webhook.url)} />}
      </section>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onNext}>
          Next: send a test lead
        </button>
      </div>
    </div>
  )
}
