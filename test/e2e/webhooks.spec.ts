import { postToWebhook } from './fixtures/api'
import { AMIT, PRIYA } from './fixtures/leads'
import { expect, test } from './fixtures/test'

const NAME = 'IndiaMART enquiries'

test('a webhook can be turned off and on, given a new URL, and deleted', async ({ app, api }) => {
  const webhook = await api.call('webhooks:create', { name: NAME, sourceLabel: 'IndiaMART', platform: 'indiamart' })
  await api.call('webhooks:create', { name: 'Website contact form', sourceLabel: 'Website', platform: 'website' })
  expect((await postToWebhook(webhook.url, AMIT)).status).toBe(200)

  await app.goTo('Webhooks')
  const { webhooks } = app
  await expect(webhooks.card(NAME)).toContainText('1 lead')
  await expect(webhooks.card('Website contact form')).toContainText('No leads yet')
  expect(await webhooks.url(NAME)).toBe(webhook.url)
  await app.screenshot('webhooks')

  // Off: the receiver refuses the webhook's requests. The switch shows the core's answer.
  const enabled = webhooks.enabledSwitch(NAME)
  await expect(enabled).toBeChecked()
  await enabled.click()
  await expect(enabled).not.toBeChecked()
  expect((await postToWebhook(webhook.url, PRIYA)).status).toBe(403)

  await enabled.click()
  await expect(enabled).toBeChecked()
  expect((await postToWebhook(webhook.url, PRIYA)).status).toBe(200)
  await expect(webhooks.card(NAME)).toContainText('2 leads')

  // A new URL: the old one stops working at once.
  const newUrl = await webhooks.regenerate(NAME)
  expect(newUrl).not.toBe(webhook.url)
  expect((await postToWebhook(webhook.url, PRIYA)).status).toBe(404)
  expect((await postToWebhook(newUrl, PRIYA)).status).toBe(200)

  await webhooks.delete(NAME)
  await expect(webhooks.card(NAME)).toHaveCount(0)
  await expect(webhooks.card('Website contact form')).toBeVisible()
  expect((await postToWebhook(newUrl, PRIYA)).status).toBe(404)
})
