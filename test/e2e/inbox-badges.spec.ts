import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadPayloadFiles, sendPayloadFile } from '../support/send-payload-file'
import { postToWebhook } from './fixtures/api'
import { expect, test } from './fixtures/test'
import { LeadDetail } from './pages/inbox-page'

const payload = (file: string) => loadPayloadFiles().find((p) => p.file === file)!

test('test submissions hide until asked for, re-deliveries make no second lead, duplicates and failed Facebook fetches are marked', async ({ app, api, page }) => {
  const google = await api.call('webhooks:create', { name: 'Google Ads lead form', sourceLabel: 'Google Ads', platform: 'google-ads' })
  const indiamart = await api.call('webhooks:create', { name: 'IndiaMART enquiries', sourceLabel: 'IndiaMART', platform: 'indiamart' })
  const facebook = await api.call('webhooks:create', { name: 'Facebook Lead Ads', sourceLabel: 'Facebook', platform: 'facebook' })
  const { inbox } = app

  // Google's "Send test data": answered 200, kept as a test lead, hidden by default.
  expect((await sendPayloadFile(google.url, payload('google-ads-test-button.json'))).status).toBe(200)
  await expect(page.getByText('1 test lead hidden')).toBeVisible()
  await expect(inbox.emptyState).toBeVisible()
  await inbox.showTestLeads.check()
  await expect(inbox.row('FirstName LastName')).toContainText('Test')
  await inbox.showTestLeads.uncheck()
  await expect(inbox.row('FirstName LastName')).toHaveCount(0)

  // IndiaMART retries the same enquiry: one lead.
  const first = await sendPayloadFile(indiamart.url, payload('indiamart-push-v2.json'))
  const retry = await sendPayloadFile(indiamart.url, payload('indiamart-push-v2.json'))
  expect(retry.json).toEqual({ data: { id: first.json.data.id, status: 'duplicate' } })
  await expect(inbox.row('Rakesh Verma')).toHaveCount(1)

  // Another enquiry from the same phone: a new lead, marked, and the mark opens the earlier one.
  expect((await postToWebhook(indiamart.url, { SENDER_NAME: 'R. K. Verma', SENDER_MOBILE: '+91-9876543210', SENDER_COMPANY: 'Verma Agro' })).status).toBe(200)
  const duplicate = inbox.row('R. K. Verma')
  await expect(duplicate.getByRole('button', { name: 'Possible duplicate' })).toBeVisible()
  await expect(inbox.row('Rakesh Verma').getByRole('button', { name: 'Possible duplicate' })).toHaveCount(0)

  // A Facebook leadgen notification with no Page access token set: the failure and a retry.
  expect((await sendPayloadFile(facebook.url, payload('facebook-leadgen-webhook.json'))).status).toBe(200)
  const fbLead = inbox.row('Facebook lead 1184736251940387')
  await expect(fbLead).toContainText('Details not fetched')
  await expect(fbLead).toContainText('No Page access token')
  await inbox.showTestLeads.check()
  await expect(inbox.row('FirstName LastName')).toBeVisible()
  await app.screenshot('inbox-badges')

  await fbLead.getByRole('button', { name: 'Retry' }).click()
  await expect(fbLead).toContainText('(2 attempts)')

  await duplicate.getByRole('button', { name: 'Possible duplicate' }).click()
  const earlier = page.getByRole('dialog', { name: 'Rakesh Verma' })
  await expect(earlier).toBeVisible()
  await expect(earlier.getByRole('term').filter({ hasText: /^Company$/ }).locator('xpath=following-sibling::dd[1]')).toHaveText('Verma Agro Industries')
})

test('a Facebook lead shows “Fetching details…” until the Graph API answers; its failure and a successful retry reach the open detail live', async ({ app, api, page }) => {
  // A stand-in for the Graph API on this machine: each request waits until the test answers it.
  const waiting: ServerResponse[] = []
  const graph = createServer((_req, res) => void waiting.push(res))
  await new Promise<void>((r) => graph.listen(0, '127.0.0.1', r))
  const answer = async (status: number, body: unknown) => {
    await expect.poll(() => waiting.length).toBeGreaterThan(0)
    waiting.shift()!.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  }
  try {
    const facebook = await api.call('webhooks:create', { name: 'Facebook Lead Ads', sourceLabel: 'Facebook', platform: 'facebook' })
    const graphBaseUrl = `http://127.0.0.1:${(graph.address() as AddressInfo).port}/v21.0`
    await api.call('webhooks:update', { id: facebook.id, patch: { pageAccessToken: 'EAAB-expired', graphBaseUrl } })
    expect((await sendPayloadFile(facebook.url, payload('facebook-leadgen-webhook.json'))).status).toBe(200)

    const row = app.inbox.row('Facebook lead 1184736251940387')
    await expect(row).toContainText('Fetching details…')
    const detail = await app.inbox.openLead('Facebook lead 1184736251940387')
    await expect(detail.dialog).toContainText('Fetching this lead’s details from Facebook…')

    await answer(400, { error: { message: 'Invalid OAuth access token.' } })
    const failure = detail.dialog.getByRole('alert')
    await expect(failure).toContainText('Invalid OAuth access token.')
    await expect(row).toContainText('Details not fetched')

    // The token is fixed: a retry fills the lead, in the open detail and in its row.
    await failure.getByRole('button', { name: 'Retry' }).click()
    await answer(200, JSON.parse(payload('facebook-leadgen-field-data.json').body))
    // The same drawer, now titled with the name the Graph API gave.
    const filled = new LeadDetail(page.getByRole('dialog', { name: 'Meera Iyer' }))
    await expect(filled.field('Email')).toHaveText('meera.iyer@example.com')
    await expect(filled.dialog.getByRole('alert')).toHaveCount(0)
    await expect(app.inbox.row('Meera Iyer')).toContainText('+919845012345')
    await expect(app.inbox.row('Meera Iyer')).not.toContainText('Details not fetched')
  } finally {
    waiting.forEach((res) => res.destroy())
    await new Promise((r) => graph.close(r))
  }
})
