import type { CommandInput, CommandName, CommandOutput, EventName, EventPayload } from '../../../../shared/contract'
import type { CratioBridge } from '../../../../preload'
import type { Result } from '../../../../shared/result'

export type { CommandInput, CommandName, CommandOutput, EventName, EventPayload }

export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void

/**
 * What the Electron preload exposes as `window.cratio`. The type is the preload's own (a type-only
 * import, erased from the bundle), so the bridge and this client cannot drift apart.
 */
export type { CratioBridge }

declare global {
  interface Window {
    cratio?: CratioBridge
  }
}

/**
 * Whether live events are flowing. `unauthorized` means the session secret was refused and the
 * user has to open the link again; IPC is always `live`.
 */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'unauthorized'

/** One way of reaching the core (IPC or HTTP+SSE); the client wraps it. */
export interface Transport {
  invoke(command: CommandName, input: unknown): Promise<Result<unknown>>
  on(event: EventName, listener: (payload: unknown) => void): () => void
  onConnection(listener: (state: ConnectionState) => void): () => void
}

/** Commands whose whole input has a default (`{}`) may be called without one. */
type OptionalInput<C extends CommandName> = undefined extends CommandInput<C> ? [input?: CommandInput<C>] : [input: CommandInput<C>]

/** The one object UI code talks to: the contract's commands and events, whatever the transport. */
export interface ApiClient {
  /** Runs a command; resolves with its output or rejects with an ApiError. */
  call<C extends CommandName>(command: C, ...input: OptionalInput<C>): Promise<CommandOutput<C>>
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void
  /** Connection changes (for the status bar and for refetching after a reconnect). */
  onConnection(listener: (state: ConnectionState) => void): () => void
}
