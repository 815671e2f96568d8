import { postToWebhook } from './fixtures/api'
import { AMIT, PRIYA, RAHUL } from './fixtures/leads'
import { expect, test } from './fixtures/test'
import { AppPage } from './pages/app-page'

test('leads appear live, newest first, and search and the webhook filter narrow them', async ({ app, api }) => {
  const facebook = await api.call('webhooks:create', { name: 'Facebook Lead Ads', sourceLabel: 'Facebook', platform: 'facebook' })
  const indiamart = await api.call('webhooks:create', { name: 'IndiaMART enquiries', sourceLabel: 'IndiaMART', platform: 'indiamart' })
  const { inbox } = app
  await expect(inbox.emptyState).toBeVisible()
  await app.markDocument()

  // Posted while the inbox is open: each lead shows up without a reload.
  for (const [url, lead] of [[facebook.url, RAHUL], [facebook.url, PRIYA], [indiamart.url, AMIT]] as const) {
    expect((await postToWebhook(url, lead)).status).toBe(200)
    await expect(inbox.lead(lead.name)).toBeVisible()
  }
  await expect(inbox.rows).toHaveCount(3)
  await expect(inbox.rows.first()).toContainText('Amit Patel')
  await expect(app.page.getByText('3 leads')).toBeVisible()
  await app.expectSameDocument()
  await app.screenshot('inbox')

  await inbox.search.fill('greenleaf')
  await expect(inbox.rows).toHaveCount(1)
  await expect(inbox.lead('Priya Nair')).toBeVisible()
  await inbox.search.fill('')
  await expect(inbox.rows).toHaveCount(3)

  await inbox.webhookFilter.selectOption({ label: 'IndiaMART enquiries' })
  await expect(inbox.rows).toHaveCount(1)
  // While filtered, only leads of that webhook join the list live.
  await postToWebhook(facebook.url, { name: 'Sunita Rao', phone: '+91 98450 11223' })
  await postToWebhook(indiamart.url, { name: 'Vikram Singh', phone: '+91 98100 44556' })
  await expect(inbox.lead('Vikram Singh')).toBeVisible()
  await expect(inbox.rows).toHaveCount(2)
  await expect(inbox.lead('Sunita Rao')).toHaveCount(0)
  await app.expectSameDocument()
})

test('"Load more" pages through a long inbox', async ({ server, page, api }) => {
  const webhook = await api.call('webhooks:create', { name: 'Website contact form', sourceLabel: 'Website', platform: 'website' })
  const leads = Array.from({ length: 30 }, (_, i) => ({ name: `Lead ${String(i + 1).padStart(2, '0')}`, email: `lead${i + 1}@example.com` }))
  expect((await postToWebhook(webhook.url, leads)).status).toBe(200)

  // Opened after the leads exist: leads that arrive while the inbox is open are all shown at once.
  const app = new AppPage(page)
  await app.open(server.runtime.uiUrl)
  const { inbox } = app
  await expect(inbox.rows).toHaveCount(25)
  await expect(app.page.getByText('Showing 25 of 30')).toBeVisible()
  await inbox.loadMore.click()
  await expect(inbox.rows).toHaveCount(30)
  await expect(inbox.loadMore).toHaveCount(0)
})

test('a refused request shows in the activity log with its reason', async ({ app, api, server }) => {
  const webhook = await api.call('webhooks:create', { name: 'Website contact form', sourceLabel: 'Website', platform: 'website' })
  expect((await postToWebhook(webhook.url, RAHUL)).status).toBe(200)
  const refused = await postToWebhook(webhook.url, '{"name": "Broken lead", ')
  expect(refused.status).toBe(400)
  expect(refused.body).toMatchObject({ error: { code: 'invalid_json' } })
  expect((await postToWebhook(`${server.runtime.receiverUrl}/webhook/not-a-real-token-000000000`, RAHUL)).status).toBe(404)

  await app.goTo('Activity')
  const { activity } = app
  const row = activity.row('invalid_json')
  await expect(row).toContainText('400')
  await expect(row).toContainText('Refused')
  await expect(row).toContainText('not valid JSON')
  await expect(row).toContainText('Website contact form')
  await expect(activity.row('Created 1 lead')).toContainText('200')
  await expect(activity.row('Unknown URL')).toContainText('404')
  await app.screenshot('activity')

  // Live: a request made while the log is open is listed at once.
  await postToWebhook(webhook.url, 'name=Test', 'text/csv')
  await expect(activity.row('415')).toContainText('Refused')
})
