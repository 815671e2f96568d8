import { expect, type Page } from '@playwright/test'

export interface NewWebhook {
  name: string
  sourceLabel: string
  /** The platform's label as the wizard shows it, e.g. "Facebook Lead Ads". */
  platform: string
}

/** The "New webhook" wizard: details → URL and setup steps → first request. */
export class WizardPage {
  constructor(readonly page: Page) {}

  get nameInput() {
    return this.page.getByLabel('Webhook name')
  }

  get sourceLabelInput() {
    return this.page.getByLabel('Source label')
  }

  get createButton() {
    return this.page.getByRole('button', { name: 'Create webhook' })
  }

  get urlInput() {
    return this.page.getByRole('textbox', { name: 'Webhook URL' })
  }

  get copyUrlButton() {
    return this.page.getByRole('button', { name: 'Copy Webhook URL' })
  }

  get nextButton() {
    return this.page.getByRole('button', { name: 'Next: send a test lead' })
  }

  get waitingHeading() {
    return this.page.getByRole('heading', { name: 'Waiting for the first request…' })
  }

  get receivedHeading() {
    return this.page.getByRole('heading', { name: 'First request received' })
  }

  get detectedFields() {
    return this.page.getByRole('table', { name: 'Detected fields' })
  }

  get mapFieldsButton() {
    return this.page.getByRole('button', { name: 'Next: map fields' })
  }

  get openInboxButton() {
    return this.page.getByRole('button', { name: 'Open inbox' })
  }

  platform(label: string) {
    return this.page.getByRole('radio', { name: new RegExp(`^${label}`) })
  }

  setupHeading(platformLabel: string) {
    return this.page.getByRole('heading', { name: `Set up ${platformLabel}` })
  }

  async create(webhook: NewWebhook): Promise<string> {
    await this.nameInput.fill(webhook.name)
    await this.sourceLabelInput.fill(webhook.sourceLabel)
    await this.platform(webhook.platform).check()
    await this.createButton.click()
    await expect(this.urlInput).toHaveValue(/\/webhook\/[\w-]{22,}$/)
    return this.urlInput.inputValue()
  }

  /** A row of the detected-fields table: the field's name and its sample value. */
  detectedField(name: string) {
    return this.detectedFields.getByRole('row', { name: new RegExp(`^${name}\\b`) })
  }
}
