import { useState, type FormEvent } from 'react'
import { Switch } from '../../../components/ui/Switch'
import { TextField } from '../../../components/ui/TextField'
import { useTunnelStatus } from '../../../hooks/use-tunnel-status'
import { ApiError, errorMessage, type CommandInput } from '../../../lib/api-client'
import type { Settings, TunnelStatus } from '../../../lib/domain'
import { splitFieldErrors, type FieldErrors } from '../../../lib/split-field-errors'
import { SaveBar } from './SaveBar'
import { TunnelHistory } from './TunnelHistory'

type Patch = CommandInput<'settings:update'>

interface Props {
  settings: Settings
  save(patch: Patch): Promise<unknown>
}

interface Form {
  /** null: untouched, so the switch shows what this run does. */
  tunnelEnabled: boolean | null
  tunnelHost: string
  tunnelSubdomain: string
  directUrl: string
}

const FIELDS = ['tunnelEnabled', 'tunnelHost', 'tunnelSubdomain', 'directUrl'] as const
const formFrom = (s: Settings): Form => ({ tunnelEnabled: null, tunnelHost: s.tunnelHost, tunnelSubdomain: s.tunnelSubdomain ?? '', directUrl: s.directUrl ?? '' })

/**
 * Only what the user changed is sent: the core restarts the tunnel when a tunnel setting is in the
 * patch, and a setting sent unchanged would also replace this run's command-line choice (--no-tunnel).
 */
function patchFrom(form: Form, s: Settings, enabledNow: boolean): Patch {
  const patch: Patch = {}
  if (form.tunnelEnabled !== null && form.tunnelEnabled !== enabledNow) patch.tunnelEnabled = form.tunnelEnabled
  if (form.tunnelHost.trim() !== s.tunnelHost) patch.tunnelHost = form.tunnelHost.trim()
  if (form.tunnelSubdomain.trim() !== (s.tunnelSubdomain ?? '')) patch.tunnelSubdomain = form.tunnelSubdomain.trim()
  const direct = form.directUrl.trim() || null
  if (direct !== s.directUrl) patch.directUrl = direct
  return patch
}

/**
 * The tunnel's real address, once the server has granted this subdomain. It is never guessed: the
 * server chooses the domain (localtunnel.me answers with *.loca.lt), and a wrong preview could be
 * pasted into a platform.
 */
function tunnelAddress(form: Form, status: TunnelStatus | null | undefined): string | null {
  const granted = status?.state === 'online' && status.grantedSubdomain === form.tunnelSubdomain.trim()
  return granted ? status.url : null
}

/** How lead platforms on the internet reach this computer: a tunnel (with a stable address) or your own public URL. */
export function PublicUrlSection({ settings, save }: Props) {
  const { status } = useTunnelStatus()
  const [form, setForm] = useState<Form>(() => formFrom(settings))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | false>(false)
  const set = <K extends keyof Form>(key: K) => (value: Form[K]) => (setForm((f) => ({ ...f, [key]: value })), setDone(false))
  const address = tunnelAddress(form, status)
  // Saved as on, yet off in this run: the app was started with --no-tunnel. The switch shows this run.
  const overridden = status?.state === 'disabled' && settings.tunnelEnabled && !settings.directUrl
  const enabledNow = settings.tunnelEnabled && !overridden
  const enabled = form.tunnelEnabled ?? enabledNow

  async function submit(event: FormEvent) {
    event.preventDefault()
    const patch = patchFrom(form, settings, enabledNow)
    setErrors({})
    if (Object.keys(patch).length === 0) return setDone('Nothing changed.')
    setBusy(true)
    try {
      const next = await save(patch)
      setForm(formFrom(next as Settings))
      setDone('Saved. The public URL is updating: watch the status bar.')
    } catch (err) {
      setErrors(err instanceof ApiError && err.code === 'invalid_input' ? splitFieldErrors(err.message, FIELDS) : { form: errorMessage(err) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card settings-card" aria-labelledby="public-url-title">
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="public-url-title" className="card-title">
          Public URL
        </h2>
        <p className="card-text">
          Lead platforms post to a public address that leads to this computer. A tunnel gives you one without any network setup; keep the same
          subdomain so the address survives restarts. If you have your own public address or reverse proxy, enter it as the direct URL instead.
        </p>
        <Switch label="Open a public tunnel" checked={enabled} onChange={set('tunnelEnabled')} />
        {overridden && form.tunnelEnabled === null && <p className="hint-info">This run was started with --no-tunnel, so no tunnel is open. Switch it on and save to open one now.</p>}
        <div className="form-grid">
          <TextField label="Tunnel server" value={form.tunnelHost} onChange={set('tunnelHost')} hint="https://localtunnel.me, or your own localtunnel server." error={errors.tunnelHost} />
          <TextField
            label="Subdomain"
            value={form.tunnelSubdomain}
            onChange={(v) => set('tunnelSubdomain')(v.toLowerCase())}
            hint={address ? <>Your address: <code>{address}</code></> : 'Asked for at every start, so the address stays the same. The address appears here once the tunnel is online with it.'}
            error={errors.tunnelSubdomain}
          />
        </div>
        <TextField
          label="Direct URL"
          optional
          type="url"
          value={form.directUrl}
          onChange={set('directUrl')}
          placeholder="https://leads.example.com"
          hint="Your own public address that forwards to this computer’s receiver. When set, no tunnel is opened and webhook URLs start with it. Leave empty to use the tunnel."
          error={errors.directUrl}
        />
        <SaveBar label="Save public URL settings" busy={busy} done={done} error={errors.form ?? errors.tunnelEnabled} />
      </form>
      <h3 className="form-section-title">Tunnel history</h3>
      <TunnelHistory />
    </section>
  )
}
