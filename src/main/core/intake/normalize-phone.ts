import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'

/**
 * A phone in E.164 (+919876543210). Numbers without a country code take the webhook's default
 * country, but a number that is only valid with its own code (1-650-555-0123, or 919820012345
 * sent as a JSON number) keeps it: the default is never forced on a number that says otherwise.
 * Text with no usable number (a test placeholder) gives '' and the raw value is kept elsewhere.
 */
export function normalizePhone(raw: string, defaultCountry: string, countryCode = ''): string {
  const text = raw.trim()
  const digits = text.replace(/\D/g, '')
  if (digits.length < 6 || digits.length > 17) return ''
  const region = defaultCountry as CountryCode
  const code = countryCode.replace(/\D/g, '')
  if (code) return e164(`+${code}${digits.replace(/^0+/, '')}`, region, false) || e164(text, region, false) || ''
  const international = /^\s*(\+|00)/.test(text)
  if (international) return e164(`+${digits.replace(/^00/, '')}`, region, false) || ''
  return (
    e164(text, region, true) ||
    (digits.length > 10 ? e164(`+${digits}`, region, true) : '') ||
    e164(text, region, false) ||
    ''
  )
}

/** E.164 when the number is valid (or, when `strict` is off, at least possible) for its region. */
function e164(text: string, region: CountryCode, strict: boolean): string {
  const parsed = parsePhoneNumberFromString(text, { defaultCountry: region, extract: false })
  if (!parsed) return ''
  if (strict ? parsed.isValid() : parsed.isPossible()) return parsed.number
  return ''
}
