import { useId } from 'react'

interface SwitchProps {
  label: string
  checked: boolean
  disabled?: boolean
  onChange(checked: boolean): void
}

/** An on/off switch: a real checkbox with role="switch", so keyboards and screen readers know it. */
export function Switch({ label, checked, disabled, onChange }: SwitchProps) {
  const id = useId()
  return (
    <span className="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch-input"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label htmlFor={id} className="switch-label">
        <span className="switch-track" aria-hidden="true" />
        {label}
      </label>
    </span>
  )
}
