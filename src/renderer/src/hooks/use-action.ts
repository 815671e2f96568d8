import { useState } from 'react'
import { errorMessage } from '../lib/api-client'

/**
 * A button's call into the app: `busy` while it runs, `error` (in words) if it was refused. The
 * outcome itself usually arrives as an event, so only the refusal is kept here.
 */
export function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setBusy(true)
    setError(null)
    try {
      await action()
      return true
    } catch (err) {
      setError(errorMessage(err))
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, run }
}
