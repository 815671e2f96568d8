import { useEffect, useRef, type ReactNode } from 'react'

interface DialogProps {
  /** Id of the element that names the dialog (its heading). */
  labelledBy: string
  onClose(): void
  className?: string
  children: ReactNode
}

/**
 * A native modal <dialog>, open while it is mounted: the browser gives it focus trapping, Escape
 * to close and the dialog role for free. A click on the backdrop closes it too.
 */
export function Dialog({ labelledBy, onClose, className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={labelledBy}
      onClose={onClose}
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="dialog-body">{children}</div>
    </dialog>
  )
}
