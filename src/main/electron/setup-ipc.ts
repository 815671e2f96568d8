import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { commandNames } from '../../shared/contract'
import { fail } from '../../shared/result'
import type { Dispatch } from '../core/create-command-dispatcher'
import type { Logger } from '../core/logger'

interface Deps {
  ipcMain: IpcMain
  /** Runs a command, its input checked against the contract's schema, and answers a Result, never a throw. */
  dispatch: Dispatch
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean
  logger: Logger
}

/**
 * The one place IPC handlers are registered: exactly one per command in the contract, each
 * checking the sender before anything reaches the core. Channel names are the command names.
 */
export function setupIpc({ ipcMain, dispatch, isTrustedSender, logger }: Deps): void {
  for (const name of commandNames) {
    ipcMain.handle(name, async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        logger.warn('refused an IPC call from an untrusted sender', { name, url: event.senderFrame?.url ?? null })
        return fail('forbidden', 'This window may not call Cratio Desk.')
      }
      return dispatch(name, input)
    })
  }
}
