import { useState, type FormEvent } from 'react'
import { ApiError, errorMessage, useApiClient } from '../../../lib/api-client'
import type { Platform, Webhook } from '../../../lib/domain'
import { PLATFORM_LABELS, PLATFORMS } from '../../../lib/platforms'
import { FieldError } from '../../../components/ui/FieldError'
import { splitFieldErrors, type FieldErrors } from '../../../lib/split-field-errors'

const FIELDS = ['name', 'sourceLabel', 'platform'] as const

const PLATFORM_HINTS: Record<Platform, string> = {
  facebook: 'Lead forms on Facebook and Instagram',
  indiamart: 'Buyer enquiries from IndiaMART',
  justdial: 'Enquiries from your JustDial listing',
  'google-ads': 'Lead form assets in Google Ads',
  website: 'Elementor, WPForms, Contact Form 7…',
  custom: 'Anything that can send an HTTP POST',
}

/**
 * Step 1: what the webhook is called and where its leads come from. Validation is the core's
 * (the contract's schema), so the form does not block submission; it shows what the core says.
 */
export function DetailsStep({ onCreated }: { onCreated(webhook: Webhook): void }) {
  const client = useApiClient()
  const [name, setName] = useState('')
  const [sourceLabel, setSourceLabel] = useState('')
  const [platform, setPlatform] = useState<Platform>('facebook')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setErrors({})
    try {
      onCreated(await client.call('webhooks:create', { name, sourceLabel, platform }))
    } catch (err) {
      setErrors(err instanceof ApiError && err.code === 'invalid_input' ? splitFieldErrors(err.message, FIELDS) : { form: errorMessage(err) })
      setBusy(false)
    }
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor="wizard-name" className="field-label">
          Webhook name
        </label>
        <input id="wizard-name" className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Facebook Lead Ads – Diwali campaign" aria-invalid={!!errors.name} aria-describedby="wizard-name-error" autoFocus />
        <FieldError id="wizard-name-error" message={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="wizard-source" className="field-label">
          Source label <span className="field-optional">(optional)</span>
        </label>
        <input id="wizard-source" className="input" value={sourceLabel} onChange={(e) => setSourceLabel(e.target.value)} placeholder="e.g. Facebook" aria-invalid={!!errors.sourceLabel} aria-describedby="wizard-source-hint wizard-source-error" />
        <p id="wizard-source-hint" className="field-hint">
          Shown as the lead's source when the platform does not send one.
        </p>
        <FieldError id="wizard-source-error" message={errors.sourceLabel} />
      </div>
      <fieldset className="field platform-picker">
        <legend className="field-label">Platform</legend>
        <div className="platform-options">
          {PLATFORMS.map((p) => (
            <label key={p} className={`platform-option ${platform === p ? 'is-selected' : ''}`}>
              <input type="radio" name="platform" value={p} checked={platform === p} onChange={() => setPlatform(p)} />
              <span className="platform-option-text">
                <span className="platform-option-name">{PLATFORM_LABELS[p]}</span>
                <span className="platform-option-hint">{PLATFORM_HINTS[p]}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="wizard-platform-error" message={errors.platform} />
      </fieldset>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create webhook'}
        </button>
      </div>
    </form>
  )
}
