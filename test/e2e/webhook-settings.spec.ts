import { postToWebhook } from './fixtures/api'
import { PRIYA } from './fixtures/leads'
import { expect, test } from './fixtures/test'

const NAME = 'Website contact form'

test('a webhook’s default lead settings apply to the leads it receives; the core’s validation shows next to the field', async ({ app, api, page }) => {
  const webhook = await api.call('webhooks:create', { name: NAME, sourceLabel: 'Website', platform: 'website' })
  await app.goTo('Webhooks')
  const settings = await app.webhooks.openSettings(NAME)
  await expect(settings.status).toHaveValue('New')
  await expect(settings.country).toHaveValue('IN')

  await settings.status.fill('Contacted')
  await settings.tags.fill('hot')
  await settings.country.fill('X1')
  await settings.saveButton.click()
  await expect(settings.dialog.getByText('Use a two-letter country code such as IN')).toBeVisible()
  await expect(settings.country).toHaveAttribute('aria-invalid', 'true')

  await settings.country.fill('IN')
  await app.screenshot('webhook-settings')
  await settings.save()
  await expect(app.webhooks.card(NAME)).toContainText('New leads: status Contacted · tags hot')

  expect((await postToWebhook(webhook.url, PRIYA)).status).toBe(200)
  await app.goTo('Inbox')
  await expect(app.inbox.row('Priya Nair')).toContainText('Contacted')
  await expect(app.inbox.row('Priya Nair').getByLabel('Tags')).toHaveText('hot')
  const detail = await app.inbox.openLead('Priya Nair')
  await expect(detail.field('Status')).toHaveText('Contacted')
  await expect(detail.field('Tags')).toHaveText('hot')
  await expect(page.getByRole('dialog', { name: 'Priya Nair' })).toBeVisible()
})
