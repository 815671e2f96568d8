import qs from 'qs'

// qs drops any key named __proto__; it is carried through under a stand-in and restored, so a
// field with that name stays plain data (our objects have no prototype for it to reach).
const STAND_IN = '\u0001cratio-proto\u0001'

/**
 * Form encoding as PHP and WordPress plugins send it: `fields[email][value]=…` becomes nested
 * values, `a=1&a=2` and `interest[]=…` become lists, `+` is a space and `%2B` a plus. Objects have
 * no prototype, so keys like "__proto__" or "constructor" are plain data; dots are not nesting
 * (Facebook's `hub.mode` stays one key).
 */
export function parseForm(text: string): Record<string, unknown> {
  const guarded = text.replace(/__proto__|__proto%5F%5F/gi, encodeURIComponent(STAND_IN))
  const parsed = qs.parse(guarded, {
    plainObjects: true,
    allowPrototypes: true,
    allowDots: false,
    depth: 6,
    arrayLimit: 200,
    parameterLimit: 2000,
    duplicates: 'combine',
    charsetSentinel: true,
  })
  return restore(parsed) as Record<string, unknown>
}

function restore(value: unknown): unknown {
  if (typeof value === 'string') return value.split(STAND_IN).join('__proto__')
  if (Array.isArray(value)) return value.map(restore)
  if (value && typeof value === 'object') {
    const out = Object.create(null) as Record<string, unknown>
    for (const [k, v] of Object.entries(value)) out[k.split(STAND_IN).join('__proto__')] = restore(v)
    return out
  }
  return value
}
