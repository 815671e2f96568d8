import { useEffect } from 'react'
import { reloadWhenSecretArrives } from '../lib/api-client'

/**
 * Shown when the page was opened without the session secret (or with one the server refused):
 * the inbox holds customers' contact details, so it only opens from the link the server printed.
 */
export function NoSecretScreen({ refused = false }: { refused?: boolean }) {
  useEffect(reloadWhenSecretArrives, [])
  return (
    <main className="gate">
      <div className="gate-card">
        <span className="brand-mark brand-mark-large" aria-hidden="true">
          C
        </span>
        <h1 className="gate-title">Open the link printed by npm run serve</h1>
        <p>
          {refused
            ? 'This link’s secret was not accepted (the server may have a new one).'
            : 'This page needs its private link, which contains a secret key.'}{' '}
          Open the link shown in the terminal where you started Cratio Desk:
        </p>
        <pre className="code">Open the inbox:   http://127.0.0.1:7421/#secret=…</pre>
        <p className="muted">
          The same link is saved as <code>uiUrl</code> in <code>runtime.json</code> in the data folder.
        </p>
      </div>
    </main>
  )
}
