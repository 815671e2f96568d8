/**
 * Field names in the platforms' own words, normalised (lower case, letters and digits only).
 * Order matters within a target: earlier names win when a payload has several (JustDial sends a
 * `mobile` and a landline `phone`: the mobile is the lead's phone).
 */
export const SYNONYMS = {
  name: ['name', 'fullname', 'yourname', 'contactname', 'customername', 'leadname', 'clientname', 'personname', 'sendername', 'contactperson', 'buyername', 'username'],
  first_name: ['firstname', 'fname', 'givenname', 'first'],
  last_name: ['lastname', 'lname', 'surname', 'familyname', 'last'],
  salutation: ['salutation', 'prefix', 'honorific', 'nameprefix'],
  email: ['email', 'emailaddress', 'emailid', 'mail', 'youremail', 'useremail', 'senderemail', 'emailaddr'],
  phone: [
    'mobile', 'mobileno', 'mobilenumber', 'mobilephone', 'sendermobile', 'mob', 'cell', 'cellphone', 'whatsapp',
    'whatsappnumber', 'whatsappno', 'phone', 'phonenumber', 'phoneno', 'userphone', 'yourphone', 'telephone',
    'tel', 'contactnumber', 'contactno', 'mobilenum',
  ],
  phone_country_code: ['countrycode', 'phonecountrycode', 'dialcode', 'isdcode', 'isd', 'callingcode', 'phonecode'],
  company: ['company', 'companyname', 'firm', 'firmname', 'business', 'businessname', 'organisation', 'organization', 'org', 'orgname', 'shopname', 'sendercompany'],
  city: ['city', 'town', 'cityname', 'yourcity', 'sendercity', 'district', 'location'],
  notes: [
    'message', 'msg', 'yourmessage', 'querymessage', 'comments', 'comment', 'enquiry', 'enquirymessage', 'inquiry',
    'requirement', 'requirements', 'description', 'details', 'remarks', 'remark', 'note', 'notes', 'query',
  ],
  source: ['source', 'leadsource'],
} as const

export type SuggestedTarget = keyof typeof SYNONYMS

// Words form builders put around the real name: CF7's "your-", "text-", "tel-742", IndiaMART's "SENDER_".
const NOISE = new Set(['your', 'text', 'textarea', 'tel', 'select', 'checkbox', 'radio', 'number', 'input', 'field', 'sender', 'user', 'customer', 'lead', 'client', 'the'])
// A phone under these words belongs to someone else (IndiaMART's RECEIVER_MOBILE is the seller's).
export const NOT_THE_LEAD = /receiver|seller|owner|agent|vendor|supplier|branch|alt|alternate|secondary|office|landline/i

// Values under these keys are ids, times or amounts even when they look like a phone number.
export const NOT_A_PHONE = /(^|[^a-z])ids?$|_id|id_|time|date|zip|pin|postal|code|ip$|amount|price|budget|count|duration|version/i

export function normalise(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/** The key with form-builder noise removed: "tel-742" -> "tel", "text-company" -> "company". */
export function stripNoise(key: string): string {
  const tokens = key.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t && !/^\d+$/.test(t))
  const kept = tokens.filter((t) => !NOISE.has(t))
  return (kept.length ? kept : tokens).join('')
}

const INDEX = new Map<string, { target: SuggestedTarget; rank: number }>()
for (const [target, names] of Object.entries(SYNONYMS) as [SuggestedTarget, readonly string[]][]) {
  names.forEach((n, rank) => INDEX.has(n) || INDEX.set(n, { target, rank }))
}

export function lookupSynonym(word: string) {
  return INDEX.get(word)
}
