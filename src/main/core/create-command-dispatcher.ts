import { isCommandName, type Api } from '../../shared/contract'
import { AppErrorException } from '../../shared/app-error'
import { fail, ok, type Result } from '../../shared/result'
import type { Logger } from './logger'

export type Dispatch = (name: string, input: unknown) => Promise<Result<unknown>>

/**
 * The one wrapper every transport (IPC, HTTP) goes through: the command must exist (its input is
 * validated by the core's API), and any error comes back as data, never as a throw.
 */
export function createCommandDispatcher(api: Api, logger: Logger): Dispatch {
  return async (name, input) => {
    if (!isCommandName(name)) return fail('unknown_command', `There is no command named ${name}.`)
    try {
      const run = api[name] as (i: unknown) => Promise<unknown>
      return ok(await run(input))
    } catch (err) {
      if (err instanceof AppErrorException) return fail(err.code, err.message)
      logger.error('command failed', { name, err: String((err as Error)?.stack ?? err) })
      return fail('internal_error', 'Something went wrong. The details are in the log.')
    }
  }
}
