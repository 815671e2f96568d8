import type { EventName, EventPayload } from '../../shared/contract'

type Listener<E extends EventName> = (payload: EventPayload<E>) => void
type AnyListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void

export type EventBus = ReturnType<typeof createEventBus>

/** The core's one typed event stream; shells forward it to windows (IPC) or browsers (SSE). */
export function createEventBus() {
  const listeners = new Set<AnyListener>()
  return {
    emit<E extends EventName>(name: E, payload: EventPayload<E>) {
      for (const l of listeners) {
        try {
          l(name, payload)
        } catch {
          // A failing subscriber (a closed window, a dropped browser) must not stop the others.
        }
      }
    },
    /** Every event, for bridges. Returns the unsubscribe function. */
    onAny(listener: AnyListener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    on<E extends EventName>(name: E, listener: Listener<E>) {
      const wrapped: AnyListener = (n: EventName, p: unknown) => {
        if (n === name) listener(p as EventPayload<E>)
      }
      return this.onAny(wrapped)
    },
  }
}
