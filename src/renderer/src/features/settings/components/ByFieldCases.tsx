import { FieldError } from '../../../components/ui/FieldError'
import { CRM_FIELD_LABELS } from '../../../lib/crm-fields'
import type { TeamMember } from '../../../lib/domain'
import { errorUnder, type PathErrors } from '../../../lib/split-field-errors'
import type { ByFieldRule } from '../lib/team-form'

interface Props {
  rule: ByFieldRule
  path: string
  team: TeamMember[]
  errors: PathErrors
  onChange(rule: ByFieldRule): void
}

/** "When City is Pune, assign to Anita": one line per value. Values match ignoring case and spaces around. */
export function ByFieldCases({ rule, path, team, errors, onChange }: Props) {
  const fieldLabel = CRM_FIELD_LABELS[rule.field]
  const setCase = (k: number, patch: Partial<ByFieldRule['cases'][number]>) => onChange({ ...rule, cases: rule.cases.map((c, i) => (i === k ? { ...c, ...patch } : c)) })
  return (
    <div className="stack-small">
      <ul className="case-list">
        {rule.cases.map((c, k) => {
          const valueError = errorUnder(errors, `${path}.cases.${k}.value`)
          const memberError = errorUnder(errors, `${path}.cases.${k}.memberId`)
          return (
            <li key={k} className="case-row">
              <span className="case-word">When {fieldLabel.toLowerCase()} is</span>
              <input className="input" aria-label={`Value ${k + 1}`} value={c.value} placeholder={rule.field === 'city' ? 'e.g. Pune' : 'a value'} aria-invalid={!!valueError} onChange={(e) => setCase(k, { value: e.target.value })} />
              <span className="case-word">assign to</span>
              <select className="input select" aria-label={`Member for value ${k + 1}`} value={c.memberId} aria-invalid={!!memberError} onChange={(e) => setCase(k, { memberId: e.target.value })}>
                <option value="">Choose…</option>
                {team.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name || '(unnamed member)'}
                  </option>
                ))}
              </select>
              <button type="button" className="button button-small button-danger-quiet" aria-label={`Remove value ${k + 1}`} onClick={() => onChange({ ...rule, cases: rule.cases.filter((_, i) => i !== k) })}>
                Remove
              </button>
              <FieldError id={`${rule.id}-case-${k}-error`} message={valueError ?? memberError} />
            </li>
          )
        })}
      </ul>
      <FieldError id={`${rule.id}-cases-error`} message={rule.cases.length === 0 ? errorUnder(errors, `${path}.cases`) : undefined} />
      <div>
        <button type="button" className="button button-small" onClick={() => onChange({ ...rule, cases: [...rule.cases, { value: '', memberId: '' }] })}>
          Add value
        </button>
      </div>
    </div>
  )
}
