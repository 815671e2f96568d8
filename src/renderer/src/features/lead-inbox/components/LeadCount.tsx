interface LeadCountProps {
  loading: boolean
  total: number
  filtered: boolean
  /** Older leads are still being read after a start: the count is not final yet. */
  loadingOlder: boolean
}

/** "100,000 leads", "3 leads match", and while the core is still reading older leads, says so. */
export function LeadCount({ loading, total, filtered, loadingOlder }: LeadCountProps) {
  if (loading) return <>Loading…</>
  return (
    <>
      {total.toLocaleString()} {total === 1 ? 'lead' : 'leads'}
      {filtered ? ' match' : ''}
      {loadingOlder && (
        <span className="loading-older" role="status">
          <span className="spinner spinner-tiny" aria-hidden="true" />
          Loading older leads…
        </span>
      )}
    </>
  )
}
