import { postToWebhook } from './fixtures/api'
import { expect, test } from './fixtures/test'
import { MappingPanel } from './pages/mapping-panel'

// A form with keys no synonym knows: only the phone is recognised (by its value).
const IMRAN = { who: 'Imran Khan', where: 'Lucknow', cell: '98100 12345', extra: '5 lakh' }
const SANA = { who: 'Sana Mirza', where: 'Kanpur', cell: '98390 11111', extra: '8 lakh', visit: 'Sunday morning' }

test('the mapping step shows detected fields with suggestions; a saved mapping re-maps earlier leads and maps new ones', async ({ app, page }) => {
  await app.goTo('New webhook')
  const { wizard, inbox } = app
  const url = await wizard.create({ name: 'Property enquiries', sourceLabel: 'Website', platform: 'Custom / other' })
  await wizard.nextButton.click()
  expect((await postToWebhook(url, IMRAN)).status).toBe(200)
  await expect(wizard.receivedHeading).toBeVisible()
  await wizard.mapFieldsButton.click()

  const mapping = new MappingPanel(page)
  for (const [field, sample] of Object.entries(IMRAN)) await expect(mapping.row(field)).toContainText(sample)
  // The suggestion for the phone, and no suggestion (kept as a custom field) for the rest.
  await expect(mapping.row('cell')).toContainText('Phone')
  await expect(mapping.target('cell')).toHaveValue('phone')
  await expect(mapping.row('who')).toContainText('No suggestion')
  await expect(mapping.target('who')).toHaveValue('custom')
  await expect(mapping.customName('who')).toHaveValue('who')

  await mapping.mapTo('who', 'Name')
  await mapping.mapTo('where', 'City')
  await mapping.mapToCustom('extra', 'Budget')
  // A custom field needs a name: the row says so, nothing is saved.
  await mapping.customName('extra').fill('')
  await mapping.saveButton.click()
  await expect(mapping.row('extra')).toContainText('Type a name for the custom field.')
  await mapping.customName('extra').fill('Budget')
  await app.screenshot('wizard-mapping')
  await mapping.save()

  await mapping.applyButton.click()
  await expect(mapping.status).toHaveText('Updated 1 lead.')

  // A field that appears in a later request shows up in the open step.
  expect((await postToWebhook(url, SANA)).status).toBe(200)
  await expect(mapping.row('visit')).toContainText('Sunday morning')
  await expect(mapping.row('visit')).toContainText('New')

  await wizard.openInboxButton.click()
  // The earlier lead, rebuilt with the saved mapping; the new one mapped as it arrived.
  await expect(inbox.row('Imran Khan')).toContainText('Lucknow')
  await expect(inbox.row('Sana Mirza')).toContainText('Kanpur')
  const imran = await inbox.openLead('Imran Khan')
  await expect(imran.field('City')).toHaveText('Lucknow')
  await expect(imran.field('Phone').getByRole('link')).toHaveText('+919810012345')
  await expect(imran.customFields.getByRole('row', { name: 'Budget' })).toContainText('5 lakh')
  await imran.close()
  const sana = await inbox.openLead('Sana Mirza')
  await expect(sana.customFields.getByRole('row', { name: 'Budget' })).toContainText('8 lakh')
  await sana.close()

  // The same mapping, reached from the Webhooks view: the saved targets are shown.
  await app.goTo('Webhooks')
  const { dialog, mapping: again } = await app.webhooks.openMapping('Property enquiries')
  await expect(again.target('who')).toHaveValue('name')
  await expect(again.target('where')).toHaveValue('city')
  await expect(again.customName('extra')).toHaveValue('Budget')
  await expect(again.row('who')).toContainText('Saved: Name')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
})
