import { useId, type InputHTMLAttributes, type ReactNode } from 'react'
import { FieldError } from './FieldError'

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string
  value: string
  onChange(value: string): void
  /** Shown under the label, e.g. what the value is used for. */
  hint?: ReactNode
  /** The core's complaint about this field. */
  error?: string
  optional?: boolean
}

/** A labelled input with its hint and error wired up for screen readers. */
export function TextField({ label, value, onChange, hint, error, optional, className, ...input }: TextFieldProps) {
  const id = useId()
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className="field-label">
        {label} {optional && <span className="field-optional">(optional)</span>}
      </label>
      <input
        id={id}
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!error}
        aria-describedby={`${hint ? `${id}-hint ` : ''}${id}-error`}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}
