import { postToWebhook } from './fixtures/api'
import { PRIYA, RAHUL } from './fixtures/leads'
import { expect, test } from './fixtures/test'

test('a team of two and a round-robin rule assign new leads in turn, and the inbox shows who and why', async ({ app, api }) => {
  const webhook = await api.call('webhooks:create', { name: 'Facebook Lead Ads', sourceLabel: 'Facebook', platform: 'facebook' })
  await app.goTo('Settings')
  const { settings, inbox } = app
  await settings.addMember(1, 'Anita Desai', 'anita@example.com')
  await settings.addMember(2, '')
  // The form says what is missing before anything is sent.
  await settings.teamForm.getByRole('button', { name: 'Save team and rules' }).click()
  await expect(settings.teamForm.getByText('Give this member a name.')).toBeVisible()
  await settings.memberName(2).fill('Ravi Kumar')

  await settings.teamForm.getByRole('button', { name: 'Add round-robin rule' }).click()
  const rule = settings.rule(1)
  await rule.getByRole('textbox', { name: 'Rule name' }).fill('Take turns')
  await expect(rule.getByRole('checkbox', { name: 'Anita Desai' })).toBeChecked()
  await expect(rule.getByRole('checkbox', { name: 'Ravi Kumar' })).toBeChecked()
  await expect(rule.getByRole('radio', { name: 'All webhooks' })).toBeChecked()
  await settings.saveTeam()
  await app.screenshot('settings')

  for (const lead of [RAHUL, PRIYA]) expect((await postToWebhook(webhook.url, lead)).status).toBe(200)
  await app.goTo('Inbox')
  await expect(inbox.row('Rahul Sharma')).toContainText('Anita Desai')
  await expect(inbox.row('Rahul Sharma')).toContainText('by Take turns')
  await expect(inbox.row('Priya Nair')).toContainText('Ravi Kumar')
  const detail = await inbox.openLead('Priya Nair')
  await expect(detail.field('Assignee')).toHaveText('Ravi Kumar (by Take turns)')
})

test('the activity log retention and the public URL settings are saved, checked by the core, and survive a reload', async ({ app, api, page }) => {
  const webhook = await api.call('webhooks:create', { name: 'Website contact form', sourceLabel: 'Website', platform: 'website' })
  await app.goTo('Settings')
  const { settings } = app
  await expect(settings.retentionDays).toHaveValue('30')
  await settings.retentionDays.fill('0')
  await settings.retentionPerWebhook.fill('5000')
  await settings.saveRetentionButton.click()
  await expect(settings.retentionForm.getByText('Use 1 or more.')).toBeVisible()
  await settings.retentionDays.fill('90')
  await settings.saveRetentionButton.click()
  await expect(settings.retentionForm.getByRole('status')).toHaveText('Activity log settings saved.')

  // The tunnel stays off in this run (--no-tunnel): only what was changed is sent.
  await settings.subdomain.fill('Bad_Name')
  await settings.savePublicUrlButton.click()
  await expect(settings.publicUrl.getByText('Use 4 to 63 lowercase letters, digits or hyphens')).toBeVisible()
  await settings.subdomain.fill('acme-leads-desk')
  await settings.tunnelServer.fill('https://tunnel.example.net')
  // The address is never guessed from the host (localtunnel.me answers with *.loca.lt): it shows once granted.
  await expect(settings.publicUrl.getByText('The address appears here once the tunnel is online with it.')).toBeVisible()
  await settings.directUrl.fill('https://leads.example.com/')
  await settings.savePublicUrlButton.click()
  await expect(settings.publicUrl.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  // A direct URL replaces the tunnel: the status bar and every webhook URL use it.
  await expect(app.tunnelStatus).toHaveText('Direct URL')
  await expect(page.getByRole('textbox', { name: 'Public URL' })).toHaveValue('https://leads.example.com')
  await expect.poll(async () => (await api.call('webhooks:get', { id: webhook.id })).url).toBe(webhook.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, 'https://leads.example.com'))

  await page.reload()
  await app.goTo('Settings')
  await expect(settings.retentionDays).toHaveValue('90')
  await expect(settings.retentionPerWebhook).toHaveValue('5000')
  await expect(settings.subdomain).toHaveValue('acme-leads-desk')
  await expect(settings.tunnelServer).toHaveValue('https://tunnel.example.net')
  await expect(settings.directUrl).toHaveValue('https://leads.example.com')
  await expect(app.tunnelStatus).toHaveText('Direct URL')
})
