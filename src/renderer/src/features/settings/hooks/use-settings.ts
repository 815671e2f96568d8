import { useState } from 'react'
import { useApiClient, useLiveQuery, type CommandInput } from '../../../lib/api-client'
import type { Settings } from '../../../lib/domain'

/**
 * The settings, and saving a part of them. There is no settings event: the answer of
 * `settings:update` is the new settings and replaces what was loaded, until a later load
 * (after a reconnect) brings newer ones.
 */
export function useSettings() {
  const client = useApiClient()
  const query = useLiveQuery((c) => c.call('settings:get'), [])
  const [saved, setSaved] = useState<{ value: Settings; replaced: Settings | undefined } | null>(null)
  const settings = saved && saved.replaced === query.data ? saved.value : query.data
  async function update(patch: CommandInput<'settings:update'>) {
    const value = await client.call('settings:update', patch)
    setSaved({ value, replaced: query.data })
    return value
  }
  return { settings, error: query.error, loading: query.loading, update }
}
