import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests: Debian's Chromium (Playwright's own browser download is not available on our
 * build machines) against the headless shell built by `electron-vite build` (out/main/serve.js
 * serving out/renderer). Each test starts its own server with a fresh data folder.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(executablePath)) {
  throw new Error(`Chromium not found at ${executablePath}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)`)
}

export default defineConfig({
  testDir: 'test/e2e',
  // Two workers: each test runs a browser and a server, and CI machines have two cores.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    actionTimeout: 10_000,
    navigationTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    },
  },
})
