import { useId, useState } from 'react'
import { FieldError } from '../../../components/ui/FieldError'
import { Switch } from '../../../components/ui/Switch'
import { TextField } from '../../../components/ui/TextField'
import { CRM_FIELD_LABELS, CRM_FIELDS } from '../../../lib/crm-fields'
import type { CrmField, DistributionRule, TeamMember, Webhook } from '../../../lib/domain'
import { errorUnder, type PathErrors } from '../../../lib/split-field-errors'
import { switchKind } from '../lib/team-form'
import { ByFieldCases } from './ByFieldCases'

interface Props {
  rule: DistributionRule
  index: number
  count: number
  team: TeamMember[]
  webhooks: Webhook[]
  errors: PathErrors
  onChange(rule: DistributionRule): void
  onMove(to: number): void
  onRemove(): void
}

const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id))

/** One distribution rule: who gets the lead (turns, or by a field's value), for which webhooks, in which order. */
export function RuleEditor({ rule, index, count, team, webhooks, errors, onChange, onMove, onRemove }: Props) {
  const name = useId()
  const path = `distribution.${index}`
  // Kept apart from the list: unticking the last webhook must not silently mean "all webhooks".
  const [some, setSome] = useState(rule.webhookIds.length > 0)
  return (
    <fieldset className={`rule-card ${rule.enabled ? '' : 'is-disabled'}`} aria-label={`Rule ${index + 1}`}>
      <div className="rule-head">
        <span className="rule-order" aria-hidden="true">
          {index + 1}
        </span>
        <TextField label="Rule name" value={rule.name} onChange={(v) => onChange({ ...rule, name: v })} maxLength={80} className="field-grow" error={errorUnder(errors, `${path}.name`)} />
        <Switch label="Enabled" checked={rule.enabled} onChange={(enabled) => onChange({ ...rule, enabled })} />
      </div>
      <div className="radio-row" role="radiogroup" aria-label="How leads are shared">
        <label className="radio">
          <input type="radio" name={`${name}-kind`} checked={rule.kind === 'round-robin'} onChange={() => onChange(switchKind(rule, 'round-robin', team))} />
          Take turns (round-robin)
        </label>
        <label className="radio">
          <input type="radio" name={`${name}-kind`} checked={rule.kind === 'by-field'} onChange={() => onChange(switchKind(rule, 'by-field', team))} />
          By a field’s value
        </label>
      </div>
      {rule.kind === 'round-robin' ? (
        <fieldset className="plain-fieldset">
          <legend className="field-label">Members taking turns</legend>
          <div className="checkbox-row">
            {team.map((m) => (
              <label key={m.id} className="checkbox">
                <input type="checkbox" checked={rule.memberIds.includes(m.id)} onChange={(e) => onChange({ ...rule, memberIds: toggle(rule.memberIds, m.id, e.target.checked) })} />
                {m.name || '(unnamed member)'}
              </label>
            ))}
            {team.length === 0 && <span className="muted">Add team members first.</span>}
          </div>
          <FieldError id={`${rule.id}-members-error`} message={errorUnder(errors, `${path}.memberIds`)} />
        </fieldset>
      ) : (
        <div className="field">
          <label className="field-label" htmlFor={`${name}-field`}>
            Field
          </label>
          <select id={`${name}-field`} className="input select field-short-select" value={rule.field} onChange={(e) => onChange({ ...rule, field: e.target.value as CrmField })}>
            {CRM_FIELDS.map((f) => (
              <option key={f} value={f}>
                {CRM_FIELD_LABELS[f]}
              </option>
            ))}
          </select>
          <ByFieldCases rule={rule} path={path} team={team} errors={errors} onChange={onChange} />
        </div>
      )}
      <fieldset className="plain-fieldset">
        <legend className="field-label">Applies to</legend>
        <div className="radio-row">
          <label className="radio">
            <input type="radio" name={`${name}-scope`} checked={!some} onChange={() => (setSome(false), onChange({ ...rule, webhookIds: [] }))} />
            All webhooks
          </label>
          <label className="radio">
            <input type="radio" name={`${name}-scope`} checked={some} disabled={webhooks.length === 0} onChange={() => setSome(true)} />
            Only these webhooks
          </label>
        </div>
        {some && (
          <div className="checkbox-row">
            {webhooks.map((w) => (
              <label key={w.id} className="checkbox">
                <input type="checkbox" checked={rule.webhookIds.includes(w.id)} onChange={(e) => onChange({ ...rule, webhookIds: toggle(rule.webhookIds, w.id, e.target.checked) })} />
                {w.name}
              </label>
            ))}
          </div>
        )}
        {some && rule.webhookIds.length === 0 && <p className="field-hint">No webhook ticked: the rule applies to all of them.</p>}
        <FieldError id={`${rule.id}-webhooks-error`} message={errorUnder(errors, `${path}.webhookIds`)} />
      </fieldset>
      <div className="button-row rule-actions">
        <button type="button" className="button button-small" disabled={index === 0} onClick={() => onMove(index - 1)}>
          Move up
        </button>
        <button type="button" className="button button-small" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
          Move down
        </button>
        <button type="button" className="button button-small button-danger-quiet" onClick={onRemove}>
          Remove rule
        </button>
      </div>
    </fieldset>
  )
}
