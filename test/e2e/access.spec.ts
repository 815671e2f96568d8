import { expect, test } from './fixtures/test'

test('without the secret the UI says to open the link printed by npm run serve', async ({ page, server }) => {
  await page.goto(server.runtime.controlUrl)
  await expect(page.getByRole('heading', { name: 'Open the link printed by npm run serve' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)

  // Pasting the printed link into this same tab changes only the hash; the app must still start.
  await page.goto(server.runtime.uiUrl)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
})

test('the API refuses calls and the event stream without the secret', async ({ server }) => {
  const { controlUrl } = server.runtime
  const noSecret = await fetch(`${controlUrl}/api/webhooks:list`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
  expect(noSecret.status).toBe(401)
  expect(await noSecret.json()).toMatchObject({ error: { code: 'unauthorized' } })

  const wrongSecret = await fetch(`${controlUrl}/api/webhooks:list`, { method: 'POST', headers: { Authorization: 'Bearer not-the-secret' } })
  expect(wrongSecret.status).toBe(401)

  const events = await fetch(`${controlUrl}/api/events`)
  expect(events.status).toBe(401)
})

test('the secret leaves the address bar but the session survives a reload', async ({ app, page }) => {
  await expect(page).not.toHaveURL(/secret/)
  await page.reload()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expect(app.liveIndicator).toHaveText('Live')
  await expect(app.tunnelStatus).toHaveText('Tunnel off')
})
