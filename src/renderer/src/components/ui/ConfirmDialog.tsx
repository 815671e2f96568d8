import { useId, type ReactNode } from 'react'
import { useAction } from '../../hooks/use-action'
import { Dialog } from './Dialog'

interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  /** Runs the action; the dialog stays open (showing the error) if it fails. */
  onConfirm(): Promise<unknown>
  onClose(): void
}

/** Asks before something that cannot be undone; the destructive button is labelled with the action. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const titleId = useId()
  const { busy, error, run } = useAction()

  async function confirm() {
    if (await run(onConfirm)) onClose()
  }

  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="dialog-confirm">
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-text">{children}</div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="button button-danger" onClick={() => void confirm()} disabled={busy}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
