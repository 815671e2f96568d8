import { useId, useRef } from 'react'
import { COPY_MESSAGES, useCopy } from '../../hooks/use-copy'

interface CopyFieldProps {
  /** Names the field for screen readers and tests, e.g. "Webhook URL". */
  label: string
  value: string
  /** Show the label above the field (otherwise it is for assistive technology only). */
  showLabel?: boolean
}

/** A read-only one-line value (a URL) with a Copy button and a visible "Copied" confirmation. */
export function CopyField({ label, value, showLabel = false }: CopyFieldProps) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const { state, copy } = useCopy(() => {
    input.current?.focus()
    input.current?.select()
  })

  return (
    <div className="copy-field">
      <label htmlFor={id} className={showLabel ? 'field-label' : 'visually-hidden'}>
        {label}
      </label>
      <div className="copy-field-row">
        <input id={id} ref={input} className="input input-mono" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={() => void copy(value)} aria-label={`Copy ${label}`}>
          {state === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <span className="copy-status" role="status">
        {COPY_MESSAGES[state]}
      </span>
    </div>
  )
}
