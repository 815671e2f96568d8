import { useState, type FormEvent } from 'react'
import { TextField } from '../../../components/ui/TextField'
import { ApiError, errorMessage } from '../../../lib/api-client'
import type { Settings } from '../../../lib/domain'
import { splitFieldErrors, type FieldErrors } from '../../../lib/split-field-errors'
import { SaveBar } from './SaveBar'

interface Props {
  settings: Settings
  save(patch: { deliveryRetention: Settings['deliveryRetention'] }): Promise<unknown>
}

const FIELDS = ['deliveryRetention.days', 'deliveryRetention.perWebhook'] as const
const toNumber = (text: string) => (text.trim() === '' ? 0 : Number(text.replace(/[\s,]/g, '')))

/** How long the Activity log keeps the requests it shows (leads themselves are never removed). */
export function RetentionSection({ settings, save }: Props) {
  const [days, setDays] = useState(String(settings.deliveryRetention.days))
  const [perWebhook, setPerWebhook] = useState(String(settings.deliveryRetention.perWebhook))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setErrors({})
    setDone(false)
    try {
      await save({ deliveryRetention: { days: toNumber(days), perWebhook: toNumber(perWebhook) } })
      setDone(true)
    } catch (err) {
      setErrors(err instanceof ApiError && err.code === 'invalid_input' ? splitFieldErrors(err.message, FIELDS) : { form: errorMessage(err) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="card settings-card" aria-labelledby="retention-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="retention-title" className="card-title">
        Activity log
      </h2>
      <p className="card-text">
        Every request your webhook URLs receive is kept in the Activity log, so you can see what a platform sent and why a request was refused.
        Older requests are removed; your leads are never removed.
      </p>
      <div className="form-grid">
        <TextField label="Keep requests for (days)" inputMode="numeric" value={days} onChange={(v) => (setDays(v), setDone(false))} hint="1 to 3650 days." error={errors['deliveryRetention.days']} />
        <TextField label="Keep at most (requests per webhook)" inputMode="numeric" value={perWebhook} onChange={(v) => (setPerWebhook(v), setDone(false))} hint="10 to 1,000,000: the oldest go first." error={errors['deliveryRetention.perWebhook']} />
      </div>
      <SaveBar label="Save log settings" busy={busy} done={done && 'Activity log settings saved.'} error={errors.form} />
    </form>
  )
}
