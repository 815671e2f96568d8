import { createContext, useContext, type ReactNode } from 'react'
import type { ApiClient } from './types'

const ApiClientContext = createContext<ApiClient | null>(null)

/** Makes the one client available to every feature without importing a module-level singleton. */
export function ApiClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>
}

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext)
  if (!client) throw new Error('useApiClient must be used inside <ApiClientProvider>')
  return client
}
