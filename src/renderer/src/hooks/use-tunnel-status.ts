import { useState } from 'react'
import { useEvent, useLiveQuery } from '../lib/api-client'
import type { TunnelStatus } from '../lib/domain'

const newer = (a: TunnelStatus | undefined, b: TunnelStatus | null) => (b && (!a || b.since >= a.since) ? b : a)

/** The tunnel's state: fetched once, then pushed by `tunnel:status-changed` (whichever is newer wins). */
export function useTunnelStatus() {
  const fetched = useLiveQuery((client) => client.call('tunnel:status'), [])
  const info = useLiveQuery((client) => client.call('app:info'), [])
  const [pushed, setPushed] = useState<TunnelStatus | null>(null)
  useEvent('tunnel:status-changed', setPushed)
  return { status: newer(fetched.data, pushed), receiverUrl: info.data?.receiverUrl ?? null }
}
