import { useId, useState, type FormEvent } from 'react'
import { Dialog } from '../../../components/ui/Dialog'
import { SelectField } from '../../../components/ui/SelectField'
import { TextField } from '../../../components/ui/TextField'
import { ApiError, errorMessage, useApiClient } from '../../../lib/api-client'
import type { Webhook } from '../../../lib/domain'
import { splitFieldErrors, type FieldErrors } from '../../../lib/split-field-errors'
import { useTeam } from '../hooks/use-team'
import { ERROR_FIELDS, formFrom, patchFrom, type SettingsForm } from '../lib/settings-form'

const STATUS_IDEAS = ['New', 'Contacted', 'Qualified', 'Follow-up', 'Won', 'Lost']

interface Props {
  webhook: Webhook
  onClose(): void
}

/**
 * A webhook's lead defaults (used when the payload lacks them), its country for phone numbers,
 * and for Facebook the verification and Graph API access. The core validates; its messages are
 * shown under the fields they are about.
 */
export function WebhookSettingsDialog({ webhook, onClose }: Props) {
  const client = useApiClient()
  const titleId = useId()
  const statusListId = useId()
  const team = useTeam()
  const [form, setForm] = useState<SettingsForm>(() => formFrom(webhook))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  // Editing a field clears the core's complaint about it: the next save checks again.
  const set = (key: keyof SettingsForm) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }))
    setErrors(({ [ERROR_FIELDS[key]]: _, ...rest }) => rest)
  }
  const error = (key: keyof SettingsForm) => errors[ERROR_FIELDS[key]]
  const assignees: [string, string][] = [['', 'Nobody (unassigned)'], ...team.map((m): [string, string] => [m.name, m.name])]
  if (form.assignee && !team.some((m) => m.name === form.assignee)) assignees.push([form.assignee, `${form.assignee} (not in the team)`])

  async function save(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setErrors({})
    try {
      await client.call('webhooks:update', { id: webhook.id, patch: patchFrom(form, webhook) })
      onClose()
    } catch (err) {
      setErrors(err instanceof ApiError && err.code === 'invalid_input' ? splitFieldErrors(err.message, Object.values(ERROR_FIELDS)) : { form: errorMessage(err) })
      setBusy(false)
    }
  }

  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="dialog-form">
      <form className="settings-form" onSubmit={(e) => void save(e)} noValidate>
        <h2 id={titleId} className="dialog-title">
          Settings for {webhook.name}
        </h2>
        <fieldset className="form-section">
          <legend className="form-section-title">New leads from this webhook</legend>
          <p className="field-hint">Used when a lead arrives without its own value. Distribution rules in Settings choose the assignee first.</p>
          <div className="form-grid">
            <TextField label="Default status" value={form.status} onChange={set('status')} list={statusListId} error={error('status')} />
            <datalist id={statusListId}>
              {STATUS_IDEAS.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
            <TextField label="Default source" optional value={form.source} onChange={set('source')} placeholder={webhook.sourceLabel || 'e.g. Facebook'} error={error('source')} />
            <TextField label="Default tags" optional value={form.tags} onChange={set('tags')} placeholder="e.g. hot, diwali" hint="Separate tags with commas." error={error('tags')} />
            <SelectField label="Default assignee" value={form.assignee} options={assignees} onChange={set('assignee')} hint={team.length ? undefined : 'Add team members in Settings.'} error={error('assignee')} />
            <TextField
              label="Country for phone numbers"
              value={form.defaultCountry}
              onChange={(v) => set('defaultCountry')(v.toUpperCase())}
              maxLength={2}
              className="field-short"
              hint="Two letters, e.g. IN. Numbers sent without a country code are read as this country’s."
              error={error('defaultCountry')}
            />
          </div>
        </fieldset>
        {webhook.platform === 'facebook' && (
          <fieldset className="form-section">
            <legend className="form-section-title">Facebook (Meta Webhooks)</legend>
            <p className="field-hint">Only for Meta’s own leadgen webhook. With Zapier or Make, leave these empty.</p>
            <TextField label="Verify token" optional value={form.verifyToken} onChange={set('verifyToken')} autoComplete="off" hint="The word you typed as “Verify token” in your Meta app’s Webhooks settings." error={error('verifyToken')} />
            <TextField label="Page access token" optional type="password" value={form.pageAccessToken} onChange={set('pageAccessToken')} autoComplete="off" hint="Needs the leads_retrieval permission: used to fetch each lead’s answers." error={error('pageAccessToken')} />
            <TextField label="Graph API base URL" value={form.graphBaseUrl} onChange={set('graphBaseUrl')} error={error('graphBaseUrl')} />
          </fieldset>
        )}
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save settings'}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
