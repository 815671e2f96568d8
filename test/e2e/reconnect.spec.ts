import { postToWebhook } from './fixtures/api'
import { PRIYA } from './fixtures/leads'
import { startHeadlessServer } from './fixtures/start-headless-server'
import { expect, test } from './fixtures/test'

test('when the server restarts, the open inbox reconnects by itself and shows what arrived', async ({ app, api, server }) => {
  const webhook = await api.call('webhooks:create', { name: 'Website contact form', sourceLabel: 'Website', platform: 'website' })
  await app.markDocument()

  await server.stopProcess()
  await expect(app.liveIndicator).toHaveText('Reconnecting…')

  // Same data folder (same secret and webhook token) and the same control port the page uses.
  const again = await startHeadlessServer({ dataDir: server.dataDir, controlPort: Number(new URL(server.runtime.controlUrl).port) })
  try {
    const url = webhook.url.replace(server.runtime.receiverUrl, again.runtime.receiverUrl)
    expect((await postToWebhook(url, PRIYA)).status).toBe(200)
    await expect(app.liveIndicator).toHaveText('Live')
    await expect(app.inbox.lead('Priya Nair')).toBeVisible()
    await app.expectSameDocument()
  } finally {
    await app.page.close()
    await again.stopProcess()
  }
})
