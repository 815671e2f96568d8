import type { AppError } from './domain'

/** Errors cross every boundary as data, never as thrown exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } })
