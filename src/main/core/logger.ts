export interface Logger {
  info(message: string, details?: Record<string, unknown>): void
  warn(message: string, details?: Record<string, unknown>): void
  error(message: string, details?: Record<string, unknown>): void
}

/** The default logger writes one line per event to stderr; tests pass a silent one. */
export const consoleLogger: Logger = {
  info: (m, d) => console.error(`[info] ${m}`, d ?? ''),
  warn: (m, d) => console.error(`[warn] ${m}`, d ?? ''),
  error: (m, d) => console.error(`[error] ${m}`, d ?? ''),
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} }
