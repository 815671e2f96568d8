import { useLiveQuery } from '../../../lib/api-client'

/** The team members a webhook's leads can be assigned to by default (managed in Settings). */
export function useTeam() {
  const query = useLiveQuery((client) => client.call('settings:get'), [])
  return query.data?.team ?? []
}
