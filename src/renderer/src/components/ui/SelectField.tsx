import { useId, type ReactNode } from 'react'
import { FieldError } from './FieldError'

interface SelectFieldProps {
  label: string
  value: string
  options: [value: string, label: string][]
  onChange(value: string): void
  hint?: ReactNode
  error?: string
  className?: string
}

/** A labelled select with its hint and error, like TextField. */
export function SelectField({ label, value, options, onChange, hint, error, className }: SelectFieldProps) {
  const id = useId()
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} className="input select" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={!!error} aria-describedby={`${id}-hint ${id}-error`}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}
