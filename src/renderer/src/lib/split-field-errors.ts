export type FieldErrors = Record<string, string> & { form?: string }

/**
 * The core reports invalid input as one message, "field: problem; other: problem". Split it so
 * each problem is shown next to its field; anything not about a known field stays form-level.
 * A field matches its own path and any path under it (`patch.defaults.tags` takes
 * `patch.defaults.tags.0: ...`), so a list's problems land next to the list.
 */
export function splitFieldErrors(message: string, fields: readonly string[]): FieldErrors {
  const out: FieldErrors = {}
  const rest: string[] = []
  for (const part of message.split('; ')) {
    const match = /^([\w.]+): (.+)$/.exec(part)
    const path = match?.[1]
    const field = path && fields.find((f) => path === f || path.startsWith(`${f}.`))
    if (match && field) out[field] = out[field] ? `${out[field]}; ${friendlyMessage(match[2]!)}` : friendlyMessage(match[2]!)
    else rest.push(part)
  }
  if (rest.length) out.form = rest.join('; ')
  return out
}

const FRIENDLY: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Too small: expected string to have >=1 characters?$/, () => 'This cannot be empty.'],
  [/^Too small: expected array to have >=1 items?$/, () => 'Choose at least one.'],
  [/^Too small: expected number to be >=(\d+)$/, (m) => `Use ${m[1]} or more.`],
  [/^Too big: expected number to be <=(\d+)$/, (m) => `Use ${m[1]} or less.`],
  [/^Too big: expected string to have <=(\d+) characters?$/, (m) => `Use at most ${m[1]} characters.`],
  [/^Invalid URL$/, () => 'Enter a full address starting with https:// (or http://).'],
  [/^Invalid input: expected number, received NaN$/, () => 'Enter a number.'],
]

/** zod's generic wording, in words a shop owner reads; the core's own sentences pass through. */
export function friendlyMessage(message: string): string {
  for (const [pattern, say] of FRIENDLY) {
    const m = pattern.exec(message)
    if (m) return say(m)
  }
  return message
}

/** Problems keyed by their path ("team.0.name"); problems about no path are keyed "". */
export type PathErrors = Record<string, string>

export function errorsByPath(message: string): PathErrors {
  const out: PathErrors = {}
  for (const part of message.split('; ')) {
    const match = /^([\w.]+): (.+)$/.exec(part)
    const path = match?.[1] ?? ''
    const text = match ? friendlyMessage(match[2]!) : part
    out[path] = out[path] ? `${out[path]}; ${text}` : text
  }
  return out
}

/** The first problem about `path` or anything under it. */
export function errorUnder(errors: PathErrors, path: string): string | undefined {
  const key = Object.keys(errors).find((k) => k === path || k.startsWith(`${path}.`))
  return key === undefined ? undefined : errors[key]
}
