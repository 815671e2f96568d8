interface SaveBarProps {
  label: string
  busy: boolean
  /** The confirmation after a save, or false. */
  done: string | false
  error?: string
}

/** A form's save button with its outcome next to it: saved, or what went wrong. */
export function SaveBar({ label, busy, done, error }: SaveBarProps) {
  return (
    <div className="save-bar">
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : (
        <p className="save-status" role="status">
          {done || ''}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Saving…' : label}
      </button>
    </div>
  )
}
