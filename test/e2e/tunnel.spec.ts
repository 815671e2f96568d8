import { postJson } from '../support/post-json'
import { startRelay, type Relay } from '../support/tunnel-relay'
import { createApi } from './fixtures/api'
import { PRIYA } from './fixtures/leads'
import { startHeadlessServer, type HeadlessServer } from './fixtures/start-headless-server'
import { expect, test } from './fixtures/test'
import { AppPage } from './pages/app-page'

// A localtunnel-compatible relay on 127.0.0.1 (test/support/tunnel-relay.ts) and the real client: nothing leaves this machine.
let relay: Relay
let server: HeadlessServer

test.beforeEach(async () => {
  relay = await startRelay()
  server = await startHeadlessServer({ tunnel: { host: relay.host, subdomain: 'acme-leads' } })
})

test.afterEach(async () => {
  await server.stop()
  await relay.close()
})

test('online through the tunnel; a new subdomain moves the public URL and a notice lists each webhook’s new URL and where to paste it', async ({ page }) => {
  const api = createApi(server.runtime)
  const facebook = await api.call('webhooks:create', { name: 'Facebook Lead Ads', sourceLabel: 'Facebook', platform: 'facebook' })
  await api.call('webhooks:create', { name: 'IndiaMART enquiries', sourceLabel: 'IndiaMART', platform: 'indiamart' })
  const app = new AppPage(page)
  await app.open(server.runtime.uiUrl)
  const publicUrl = page.getByRole('banner', { name: 'Status' }).getByRole('textbox', { name: 'Public URL' })
  await expect(app.tunnelStatus).toHaveText('Online', { timeout: 10_000 })
  const oldBase = await publicUrl.inputValue()
  expect(oldBase).toMatch(/^http:\/\/acme-leads\.localhost:\d+$/)

  await app.goTo('Settings')
  const { settings } = app
  await expect(settings.tunnelHistory.getByRole('row')).toHaveCount(2)
  await expect(settings.tunnelHistory).toContainText(oldBase)
  await expect(settings.tunnelHistory).toContainText('Open now')
  await settings.subdomain.fill('acme-leads-two')
  await settings.savePublicUrlButton.click()

  // The status bar follows, and the notice says what to do, per webhook.
  const newBase = oldBase.replace('acme-leads', 'acme-leads-two')
  await expect(publicUrl).toHaveValue(newBase, { timeout: 10_000 })
  const notice = app.urlChangedNotice
  await expect(notice).toContainText(`moved from ${oldBase} to ${newBase}`)
  const newFacebookUrl = notice.getByRole('textbox', { name: 'New URL for Facebook Lead Ads' })
  await expect(newFacebookUrl).toHaveValue(facebook.url.replace(oldBase, newBase))
  await expect(notice.getByRole('textbox', { name: 'New URL for IndiaMART enquiries' })).toHaveValue(new RegExp(`^${newBase}/webhook/`))
  await expect(notice).toContainText('IndiaMART Lead Manager → Settings → Integrations → Push API URL')
  await expect(settings.tunnelHistory.getByRole('row')).toHaveCount(3)

  // The new URL works through the tunnel; the lead is in the inbox.
  expect((await postJson(await newFacebookUrl.inputValue(), PRIYA)).status).toBe(200)
  await app.goTo('Inbox')
  await expect(app.inbox.lead('Priya Nair')).toBeVisible()
  await app.screenshot('tunnel-url-changed')

  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
  // Dismissed for good: a reload does not bring this change back.
  await page.reload()
  await expect(app.tunnelStatus).toHaveText('Online')
  await expect(app.inbox.lead('Priya Nair')).toBeVisible()
  await expect(notice).toHaveCount(0)
})

test('when the tunnel server goes away the status bar says why and when the next try is; the same URL comes back', async ({ page }) => {
  const app = new AppPage(page)
  await app.open(server.runtime.uiUrl)
  const bar = page.getByRole('banner', { name: 'Status' })
  await expect(app.tunnelStatus).toHaveText('Online', { timeout: 10_000 })
  const url = await bar.getByRole('textbox', { name: 'Public URL' }).inputValue()

  const port = relay.port
  await relay.close()
  await expect(app.tunnelStatus).toHaveText(/^(Reconnecting…|Offline)$/, { timeout: 15_000 })
  await expect(bar.getByText(/^Next try at /)).toBeVisible()
  await expect(bar.getByText(/^Local only:/)).toBeVisible()
  await app.screenshot('tunnel-reconnecting')

  // The server is back (it forgot every tunnel): asked to retry now, the app gets its subdomain again.
  relay = await startRelay({ port })
  await bar.getByRole('button', { name: 'Retry now' }).click()
  await expect(app.tunnelStatus).toHaveText('Online', { timeout: 15_000 })
  await expect(bar.getByRole('textbox', { name: 'Public URL' })).toHaveValue(url)
  await expect(app.urlChangedNotice).toHaveCount(0)
})
