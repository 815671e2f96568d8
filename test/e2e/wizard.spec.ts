import { postToWebhook } from './fixtures/api'
import { RAHUL, UUID } from './fixtures/leads'
import { expect, test } from './fixtures/test'

test('the wizard creates a Facebook webhook, shows its first request live, and the lead reaches the inbox', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await app.markDocument()
  await app.goTo('New webhook')
  const { wizard } = app

  // The core validates; the form shows what it says next to the field.
  await wizard.createButton.click()
  await expect(page.getByText('Give the webhook a name')).toBeVisible()

  const url = await wizard.create({ name: 'Facebook Lead Ads', sourceLabel: 'Facebook', platform: 'Facebook Lead Ads' })
  await expect(wizard.setupHeading('Facebook Lead Ads')).toBeVisible()
  await expect(page.getByText('Facebook Lead Ads → New Lead')).toBeVisible()
  await wizard.copyUrlButton.click()
  await expect(page.getByText('Copied to the clipboard')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)
  await app.screenshot('wizard-url-step')

  await wizard.nextButton.click()
  await expect(wizard.waitingHeading).toBeVisible()

  const answer = await postToWebhook(url, JSON.stringify(RAHUL))
  expect(answer).toEqual({ status: 200, body: { data: { id: expect.stringMatching(UUID), status: 'created' } } })

  await expect(wizard.receivedHeading).toBeVisible()
  for (const [field, sample] of Object.entries(RAHUL)) await expect(wizard.detectedField(field)).toContainText(sample)
  await app.screenshot('wizard-fields-step')

  await wizard.openInboxButton.click()
  await expect(app.inbox.lead('Rahul Sharma')).toBeVisible()
  await app.expectSameDocument()

  const detail = await app.inbox.openLead('Rahul Sharma')
  await expect(detail.field('Email')).toHaveText('rahul@techcorp.in')
  // The core may store the number in E.164; either way it is Rahul's number.
  await expect(detail.field('Phone').getByRole('link')).toHaveText(/^\+91\s?98765\s?43210$/)
  await expect(detail.field('Company')).toHaveText('TechCorp Solutions')
  await expect(detail.field('City')).toHaveText('Mumbai')
  await expect(detail.field('Notes')).toHaveText('Interested in your product')
  await expect(detail.field('Webhook')).toHaveText('Facebook Lead Ads')
  await expect(detail.rawPayload).toContainText('"message": "Interested in your product"')
  await expect(detail.rawPayload).toContainText('"email": "rahul@techcorp.in"')
  await app.screenshot('lead-detail')
  await detail.close()
  await app.expectSameDocument()
})
