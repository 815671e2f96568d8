import { FieldError } from '../../../components/ui/FieldError'
import type { TeamMember } from '../../../lib/domain'
import { errorUnder, type PathErrors } from '../../../lib/split-field-errors'

interface Props {
  team: TeamMember[]
  errors: PathErrors
  onChange(index: number, member: TeamMember): void
  onAdd(): void
  onRemove(id: string): void
}

/** The people leads can be assigned to: a name, and an email if you like. */
export function TeamMembersEditor({ team, errors, onChange, onAdd, onRemove }: Props) {
  return (
    <div className="stack-small">
      {team.length === 0 ? (
        <p className="muted">No team members yet. Add the people who follow up on leads.</p>
      ) : (
        <table className="table table-compact team-table" aria-label="Team members">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email (optional)</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {team.map((m, i) => {
              const error = errorUnder(errors, `team.${i}.name`)
              const errorId = `member-${m.id}-error`
              return (
                <tr key={m.id}>
                  <td>
                    <input className="input" aria-label={`Member ${i + 1} name`} value={m.name} maxLength={80} placeholder="e.g. Anita" aria-invalid={!!error} aria-describedby={errorId} onChange={(e) => onChange(i, { ...m, name: e.target.value })} />
                    <FieldError id={errorId} message={error} />
                  </td>
                  <td>
                    <input className="input" type="email" aria-label={`Member ${i + 1} email`} value={m.email} maxLength={200} placeholder="name@example.com" onChange={(e) => onChange(i, { ...m, email: e.target.value })} />
                    <FieldError id={`${errorId}-email`} message={errorUnder(errors, `team.${i}.email`)} />
                  </td>
                  <td className="cell-actions">
                    <button type="button" className="button button-small button-danger-quiet" onClick={() => onRemove(m.id)} aria-label={`Remove ${m.name || `member ${i + 1}`}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <div>
        <button type="button" className="button button-small" onClick={onAdd}>
          Add member
        </button>
      </div>
    </div>
  )
}
