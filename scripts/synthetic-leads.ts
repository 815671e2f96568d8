import { randomUUID } from 'node:crypto'
import type { Lead } from '../src/shared/domain'

// Invented people, shaped like what Indian small businesses receive from their lead platforms.
const FIRST = ['Rahul', 'Priya', 'Amit', 'Sneha', 'Vikram', 'Anjali', 'Rohan', 'Kavya', 'Arjun', 'Meera', 'Suresh', 'Neha', 'Imran', 'Zoya', 'Deepak', 'Pooja']
const LAST = ['Sharma', 'Patel', 'Iyer', 'Nair', 'Reddy', 'Gupta', 'Khan', 'Das', 'Verma', 'Mehta', 'Joshi', 'Rao', 'Singh', 'Kapoor']
const CITIES = ['Mumbai', 'Delhi', 'Bengaluru', 'Pune', 'Chennai', 'Hyderabad', 'Kolkata', 'Ahmedabad', 'Jaipur', 'Kochi', 'Surat', 'Lucknow']
const COMPANIES = ['Traders', 'Solutions', 'Enterprises', 'Textiles', 'Motors', 'Foods', 'Interiors', 'Logistics', 'Dental Clinic', 'Builders']
const NEEDS = ['Need a quote for 50 units', 'Please call after 6 pm', 'Interested in your product', 'Looking for bulk pricing', 'Want a demo this week', 'Send the catalogue on WhatsApp']
const STATUSES = ['New', 'New', 'New', 'Contacted', 'Qualified', 'Won', 'Lost']

const pick = <T>(list: readonly T[], n: number) => list[n % list.length]!

/** The n-th synthetic lead for a webhook: deterministic, varied, with a raw payload like a form's. */
export function syntheticLead(n: number, webhookId: string, source: string, createdAt: Date): Lead {
  const name = `${pick(FIRST, n * 7)} ${pick(LAST, n * 13)}`
  const phone = `+91${9_000_000_000 + ((n * 7919) % 999_999_999)}`
  const email = `${name.toLowerCase().replace(' ', '.')}${n}@example.in`
  const city = pick(CITIES, n * 3)
  const company = `${pick(LAST, n * 5)} ${pick(COMPANIES, n)}`
  const message = pick(NEEDS, n * 11)
  const raw = { name, email, phone: phone.replace('+91', '+91 '), company, city, message, utm_source: 'google', budget: `${(n % 9) + 1} lakh` }
  return {
    id: randomUUID(),
    webhookId,
    createdAt: createdAt.toISOString(),
    name,
    email,
    phone,
    company,
    city,
    source,
    notes: `${message}\n\nutm_source: google\nbudget: ${raw.budget}`,
    status: pick(STATUSES, n * 17),
    tags: n % 5 === 0 ? ['hot'] : [],
    assignee: null,
    custom: { utm_source: 'google', budget: raw.budget },
    raw,
    phoneRaw: raw.phone,
    salutation: '',
    externalId: null,
    isTest: false,
    duplicateOf: null,
    assignedBy: null,
    fetch: null,
    updatedAt: null,
  }
}
