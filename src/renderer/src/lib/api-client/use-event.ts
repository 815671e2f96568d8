import { useEffect, useRef } from 'react'
import { useApiClient } from './api-client-context'
import type { EventListener, EventName } from './types'

/**
 * Subscribes to a contract event for the component's lifetime. The latest listener is always
 * called, so callers can pass inline functions without resubscribing on every render.
 */
export function useEvent<E extends EventName>(event: E, listener: EventListener<E>) {
  const client = useApiClient()
  const latest = useRef(listener)
  latest.current = listener
  useEffect(() => client.on(event, (payload) => latest.current(payload)), [client, event])
}
