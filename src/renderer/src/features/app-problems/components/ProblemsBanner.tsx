import { formatShort } from '../../../lib/format-time'
import { useProblems } from '../hooks/use-problems'

/** What to do about each kind of problem the core reports (by its code); other codes show their message only. */
const HINTS: Record<string, string> = {
  store_set_aside: 'Nothing was deleted: each damaged file was renamed and kept next to the original, so it can be recovered.',
  store_write_failed: 'The platform was asked to send the lead again. Check that the disk has free space and the data folder can be written to.',
}

/** A banner over every screen while the app has problems with its own data (damaged files, failed writes). */
export function ProblemsBanner() {
  const { problems, dismiss } = useProblems()
  if (problems.length === 0) return null
  return (
    <section className="problems-banner" role="alert" aria-labelledby="problems-title">
      <div className="problems-text">
        <h2 id="problems-title" className="problems-title">
          Some data needs attention
        </h2>
        <ul className="problems-list">
          {problems.map((p) => (
            <li key={`${p.at}|${p.code}|${p.message}`}>
              <time dateTime={p.at} className="problems-time">
                {formatShort(p.at)}
              </time>{' '}
              {p.message}
            </li>
          ))}
        </ul>
        {[...new Set(problems.map((p) => p.code))].map((code) =>
          HINTS[code] ? (
            <p key={code} className="problems-hint">
              {HINTS[code]}
            </p>
          ) : null,
        )}
      </div>
      <button type="button" className="button button-small" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  )
}
