import { useState } from 'react'
import { useEvent, useLiveQuery } from '../../../lib/api-client'
import type { Problem } from '../../../lib/domain'

const keyOf = (p: Problem) => `${p.at}|${p.code}|${p.message}`

/**
 * What the app itself needs the user to know: damaged files set aside at start (from `app:info`)
 * and writes that failed since (`app:problem`). Dismissing hides the ones seen so far; a new one
 * brings the banner back.
 */
export function useProblems() {
  const info = useLiveQuery((client) => client.call('app:info'), [])
  const [live, setLive] = useState<Problem[]>([])
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  useEvent('app:problem', (p) => setLive((list) => [...list, p]))

  const all = new Map<string, Problem>()
  for (const p of [...(info.data?.problems ?? []), ...live]) all.set(keyOf(p), p)
  const problems = [...all.values()].filter((p) => !dismissed.has(keyOf(p)))
  return { problems, dismiss: () => setDismissed(new Set(all.keys())) }
}
