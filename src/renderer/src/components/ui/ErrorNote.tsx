/** A load or save error, announced to screen readers; renders nothing when there is none. */
export function ErrorNote({ message }: { message: string | null | undefined }) {
  if (!message) return null
  return (
    <p className="error-note" role="alert">
      {message}
    </p>
  )
}
