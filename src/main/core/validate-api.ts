import type { z } from 'zod'
import { commandNames, commands, type Api, type ApiHandlers } from '../../shared/contract'
import { AppErrorException } from '../../shared/app-error'

/**
 * Every call into the core is parsed with the contract's schema first, whoever makes it (IPC,
 * HTTP, tests, scripts), so no handler ever sees unvalidated input.
 */
export function validateApi(handlers: ApiHandlers): Api {
  const api = {} as Record<string, (input: unknown) => Promise<unknown>>
  for (const name of commandNames) {
    const schema = commands[name].input as z.ZodType
    const handler = handlers[name] as (input: unknown) => Promise<unknown>
    api[name] = async (input) => {
      const parsed = schema.safeParse(input ?? {})
      if (!parsed.success) throw new AppErrorException('invalid_input', describe(parsed.error), 400)
      return handler(parsed.data)
    }
  }
  return api as Api
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ')
}
