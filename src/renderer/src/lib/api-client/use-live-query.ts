import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import { errorMessage } from './api-error'
import { useApiClient } from './api-client-context'
import type { ApiClient } from './types'

export interface LiveQuery<T> {
  data: T | undefined
  error: string | null
  loading: boolean
  /** Fetches again (call it from an event handler). Older answers that arrive late are ignored. */
  reload(): void
}

/**
 * Loads data with the client, reloads when `deps` change, and reloads when the live stream comes
 * back after a gap, since events sent while it was down are lost.
 */
export function useLiveQuery<T>(load: (client: ApiClient) => Promise<T>, deps: DependencyList): LiveQuery<T> {
  const client = useApiClient()
  const [state, setState] = useState<Omit<LiveQuery<T>, 'reload'>>({ data: undefined, error: null, loading: true })
  const latestLoad = useRef(load)
  latestLoad.current = load
  const sequence = useRef(0)

  const reload = useCallback(() => {
    const mine = ++sequence.current
    latestLoad.current(client).then(
      (data) => mine === sequence.current && setState({ data, error: null, loading: false }),
      (err: unknown) => mine === sequence.current && setState((s) => ({ ...s, error: errorMessage(err), loading: false })),
    )
  }, [client])

  // `deps` are the caller's query keys (an id, a limit): a new key means a new fetch.
  useEffect(reload, [reload, ...deps])
  useEffect(() => reloadWhenLiveAgain(client, reload), [client, reload])

  return { ...state, reload }
}

function reloadWhenLiveAgain(client: ApiClient, reload: () => void) {
  let previous: string | null = null
  return client.onConnection((state) => {
    if (state === 'live' && previous !== null && previous !== 'live') reload()
    previous = state
  })
}
