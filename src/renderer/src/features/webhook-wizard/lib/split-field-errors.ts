export type FieldErrors = Record<string, string> & { form?: string }

/**
 * The core reports invalid input as one message, "field: problem; other: problem". Split it so
 * each problem is shown next to its field; anything not about a known field stays form-level.
 */
export function splitFieldErrors(message: string, fields: readonly string[]): FieldErrors {
  const out: FieldErrors = {}
  const rest: string[] = []
  for (const part of message.split('; ')) {
    const match = /^([\w.]+): (.+)$/.exec(part)
    const field = match?.[1]
    if (match && field && fields.includes(field)) out[field] = match[2] ?? part
    else rest.push(part)
  }
  if (rest.length) out.form = rest.join('; ')
  return out
}
