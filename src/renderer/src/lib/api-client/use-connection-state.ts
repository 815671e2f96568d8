import { useEffect, useState } from 'react'
import { useApiClient } from './api-client-context'
import type { ConnectionState } from './types'

/** Whether live updates are flowing (shown in the status bar; `unauthorized` ends the session). */
export function useConnectionState(): ConnectionState {
  const client = useApiClient()
  const [state, setState] = useState<ConnectionState>('connecting')
  useEffect(() => client.onConnection(setState), [client])
  return state
}
