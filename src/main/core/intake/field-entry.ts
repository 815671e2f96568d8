/** One incoming field of a lead record, flattened out of whatever envelope the platform used. */
export interface FieldEntry {
  /** Stable name used for detection and mapping (`email`, `SENDER_MOBILE`, `FULL_NAME`, `address.city`). */
  key: string
  /** What a person would call it (a column name, a form label), for the wizard and the notes. */
  label: string
  value: unknown
  /** Envelope data around the lead (form name, submission time): kept, never auto-mapped. */
  meta: boolean
}

export interface FoundRecord {
  entries: FieldEntry[]
  /** The object this record was read from, kept whole on the lead. */
  raw: unknown
  /** A Facebook leadgen notification carries ids only; the lead must be fetched. */
  leadgen?: { leadgenId: string; pageId: string; formId: string }
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean', 'bigint'].includes(typeof v)
