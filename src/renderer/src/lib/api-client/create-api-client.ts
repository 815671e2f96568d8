import { ApiError } from './api-error'
import type { ApiClient, CommandName, CommandOutput, EventListener, EventName, Transport } from './types'

/**
 * Wraps a transport in the contract's typed interface. Results arrive as data (`{ok, value}` /
 * `{ok, error}`); here they become a value or a thrown ApiError, so UI code reads naturally.
 */
export function createApiClient(transport: Transport): ApiClient {
  return {
    async call<C extends CommandName>(command: C, input?: unknown): Promise<CommandOutput<C>> {
      const result = await transport.invoke(command, input ?? {})
      if (!result.ok) throw new ApiError(result.error.code, result.error.message)
      return result.value as CommandOutput<C>
    },
    on<E extends EventName>(event: E, listener: EventListener<E>) {
      return transport.on(event, listener as (payload: unknown) => void)
    },
    onConnection: (listener) => transport.onConnection(listener),
  }
}
