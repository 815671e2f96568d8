import type { ReactNode } from 'react'
import type { Platform } from '../../../lib/domain'

export interface PlatformGuide {
  steps: ReactNode[]
  /** A caveat worth knowing before starting (shown under the steps). */
  note?: ReactNode
  /** Show the curl example inside the guide (for "custom", it is the whole point). */
  showCurl?: boolean
}

const u = (text: string) => <strong>{text}</strong>

/**
 * Short, real setup steps per platform. Menu names are the platforms' own wording at the time of
 * writing; where a platform has no self-service webhook setting, the steps say who to ask.
 */
export const PLATFORM_GUIDES: Record<Platform, PlatformGuide> = {
  facebook: {
    steps: [
      <>In Zapier (or Make), create a new Zap with the trigger {u('Facebook Lead Ads → New Lead')} and connect your Facebook Page and lead form.</>,
      <>Add the action {u('Webhooks by Zapier → POST')} (in Make: {u('HTTP → Make a request')}, method POST).</>,
      <>Paste the webhook URL above as the URL, set the payload type to {u('JSON')} and map the form's fields (full name, email, phone number…).</>,
      <>Click {u('Test step')}: the test lead appears on the next screen. Then publish the Zap.</>,
    ],
    note: (
      <>
        Meta's own Webhooks product ({u('App settings → Webhooks → Page → leadgen')}) sends only the lead's ID and needs a
        developer app with a verify token and a Page access token (both go in Webhooks → Settings once this webhook exists), so a
        connector like Zapier or Make is the simpler way.
      </>
    ),
  },
  indiamart: {
    steps: [
      <>Sign in to the IndiaMART seller panel and open {u('Lead Manager')}.</>,
      <>Go to {u('Settings → Integrations')} and choose {u('CRM Integration / Push API')}.</>,
      <>Paste the webhook URL above as the push URL and save. IndiaMART then posts every new enquiry to it.</>,
    ],
    note: <>If you do not see Push API in your account, ask IndiaMART seller support to enable it for your paid listing.</>,
  },
  justdial: {
    steps: [
      <>JustDial has no self-service webhook setting: contact your {u('JustDial account manager')} (or JustDial support).</>,
      <>Ask them to set the {u('lead push URL')} for your listing to the webhook URL above, sent as a JSON POST.</>,
      <>Ask for a test lead once it is set up; it appears on the next screen.</>,
    ],
  },
  'google-ads': {
    steps: [
      <>In Google Ads, open {u('Assets → Lead forms')} and edit the lead form asset of your campaign.</>,
      <>Under {u('Lead delivery')}, open {u('Other data integration options')} and choose {u('Webhook integration')}.</>,
      <>Paste the webhook URL above, and type a {u('Key')} (any secret word; Google sends it with every lead as google_key).</>,
      <>Click {u('Send test data')}: the test lead appears on the next screen.</>,
    ],
  },
  website: {
    steps: [
      <>
        In your form plugin, add a webhook action: {u('Elementor Pro')}: Form → Actions After Submit → Webhook;{' '}
        {u('WPForms')}: Settings → Webhooks; {u('Contact Form 7')}: install a "CF7 to Webhook" add-on.
      </>,
      <>Paste the webhook URL above, method {u('POST')}, format {u('JSON')} (form-encoded works too).</>,
      <>Submit the form once on your website: the test lead appears on the next screen.</>,
    ],
  },
  custom: {
    steps: [
      <>Send an HTTP {u('POST')} to the webhook URL above with the lead as JSON ({u('Content-Type: application/json')}).</>,
      <>Use field names like name, email, phone, company, city, source and message; any other field is kept as a custom field.</>,
      <>A lead that was saved is answered with 200 and {u('{"data":{"id":"…","status":"created"}}')}.</>,
    ],
    showCurl: true,
  },
}

/** A test request anyone can paste into a terminal. */
export function curlExample(url: string): string {
  const body = JSON.stringify({ name: 'Test Lead', email: 'test@example.com', phone: '+91 98765 43210', message: 'Testing Cratio Desk' })
  return `curl -X POST '${url}' \\\n  -H 'Content-Type: application/json' \\\n  -d '${body}'`
}
