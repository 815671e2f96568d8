const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const timeOnly = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', second: '2-digit' })
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

/** "3 Dec 2026, 6:35 pm": for detail views, where the exact moment matters. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso))
}

/** Today's times as a clock time, older ones with their date: for tables scanned by eye. */
export function formatShort(iso: string, now = new Date()): string {
  const d = new Date(iso)
  return d.toDateString() === now.toDateString() ? timeOnly.format(d) : dateTime.format(d)
}

/** "2 minutes ago": for "last lead" hints, where recency is the point. */
export function formatRelative(iso: string, now = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000)
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['second', 60],
    ['minute', 60],
    ['hour', 24],
    ['day', 30],
    ['month', 12],
  ]
  let value = seconds
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return unit === 'second' && Math.abs(value) < 10 ? 'just now' : relative.format(value, unit)
    value = Math.round(value / size)
  }
  return relative.format(value, 'year')
}
