import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  isCommandName,
  isEventName,
  type CommandInput,
  type CommandName,
  type CommandOutput,
  type EventName,
  type EventPayload,
} from '../shared/contract'
import { fail, type Result } from '../shared/result'

/**
 * The page's only way into the app (sandboxed, context-isolated). It exposes the contract and
 * nothing else: commands the contract does not name are answered here without reaching the main
 * process, events it does not name cannot be subscribed to, and listeners get the payload only,
 * never the IpcRendererEvent (whose `sender` is the raw ipcRenderer).
 */
const bridge = {
  invoke<C extends CommandName>(command: C, input?: CommandInput<C>): Promise<Result<CommandOutput<C>>> {
    if (typeof command !== 'string' || !isCommandName(command)) {
      return Promise.resolve(fail('unknown_command', `There is no command named ${String(command)}.`))
    }
    return ipcRenderer.invoke(command, input)
  },
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    if (typeof event !== 'string' || !isEventName(event) || typeof listener !== 'function') return () => {}
    const forward = (_event: IpcRendererEvent, payload: EventPayload<E>) => listener(payload)
    ipcRenderer.on(event, forward)
    return () => void ipcRenderer.removeListener(event, forward)
  },
}

/** What the renderer finds at window.cratio (its IPC transport declares the global with this type). */
export type CratioBridge = typeof bridge

contextBridge.exposeInMainWorld('cratio', bridge)
