import qs from 'qs'

/**
 * Form encoding as PHP and WordPress plugins send it: `fields[email][value]=…` becomes nested
 * values, `a=1&a=2` and `interest[]=…` become lists, `+` is a space and `%2B` a plus. Objects have
 * no prototype, so keys like "__proto__" or "constructor" are plain data; dots are not nesting
 * (Facebook's `hub.mode` stays one key).
 */
export function parseForm(text: string): Record<string, unknown> {
  return qs.parse(text, {
    plainObjects: true,
    allowPrototypes: true,
    allowDots: false,
    depth: 6,
    arrayLimit: 200,
    parameterLimit: 2000,
    duplicates: 'combine',
    charsetSentinel: true,
  }) as Record<string, unknown>
}
