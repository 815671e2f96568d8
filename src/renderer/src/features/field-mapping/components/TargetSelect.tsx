import { CHOICE_GROUPS, type Choice, type RowDraft } from '../lib/mapping-choices'

interface TargetSelectProps {
  /** The field's name as the user knows it, for the labels ("Map “who” to"). */
  fieldLabel: string
  draft: RowDraft
  error: string | undefined
  errorId: string
  onChange(draft: RowDraft): void
}

/** Where one field goes: a lead field, a part of one, a custom field (with its name) or nowhere. */
export function TargetSelect({ fieldLabel, draft, error, errorId, onChange }: TargetSelectProps) {
  return (
    <div className="target-select">
      <select
        className="input select"
        aria-label={`Map “${fieldLabel}” to`}
        value={draft.choice}
        onChange={(e) => onChange({ ...draft, choice: e.target.value as Choice })}
      >
        {CHOICE_GROUPS.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {draft.choice === 'custom' && (
        <input
          className="input"
          aria-label={`Custom field name for “${fieldLabel}”`}
          placeholder="Custom field name, e.g. Budget"
          value={draft.customLabel}
          maxLength={80}
          aria-invalid={!!error}
          aria-describedby={errorId}
          onChange={(e) => onChange({ ...draft, customLabel: e.target.value })}
        />
      )}
      <p id={errorId} className="field-error" role={error ? 'alert' : undefined}>
        {error}
      </p>
    </div>
  )
}
