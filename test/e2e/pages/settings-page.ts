import { expect, type Page } from '@playwright/test'

/** The Settings screen: team and distribution rules, the activity log's retention, the public URL. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  get teamForm() {
    return this.page.getByRole('form', { name: 'Team and lead distribution' })
  }

  get retentionForm() {
    return this.page.getByRole('form', { name: 'Activity log' })
  }

  get publicUrl() {
    return this.page.getByRole('region', { name: 'Public URL' })
  }

  memberName(n: number) {
    return this.teamForm.getByRole('textbox', { name: `Member ${n} name` })
  }

  memberEmail(n: number) {
    return this.teamForm.getByRole('textbox', { name: `Member ${n} email` })
  }

  async addMember(n: number, name: string, email = '') {
    await this.teamForm.getByRole('button', { name: 'Add member' }).click()
    await this.memberName(n).fill(name)
    if (email) await this.memberEmail(n).fill(email)
  }

  rule(n: number) {
    return this.teamForm.getByRole('group', { name: `Rule ${n}` })
  }

  async saveTeam() {
    await this.teamForm.getByRole('button', { name: 'Save team and rules' }).click()
    await expect(this.teamForm.getByRole('status')).toHaveText('Team and rules saved.')
  }

  get retentionDays() {
    return this.retentionForm.getByRole('textbox', { name: 'Keep requests for (days)' })
  }

  get retentionPerWebhook() {
    return this.retentionForm.getByRole('textbox', { name: 'Keep at most (requests per webhook)' })
  }

  get saveRetentionButton() {
    return this.retentionForm.getByRole('button', { name: 'Save log settings' })
  }

  get tunnelSwitch() {
    return this.publicUrl.getByRole('switch', { name: 'Open a public tunnel' })
  }

  get tunnelServer() {
    return this.publicUrl.getByRole('textbox', { name: 'Tunnel server' })
  }

  get subdomain() {
    return this.publicUrl.getByRole('textbox', { name: 'Subdomain' })
  }

  get directUrl() {
    return this.publicUrl.getByRole('textbox', { name: 'Direct URL' })
  }

  get savePublicUrlButton() {
    return this.publicUrl.getByRole('button', { name: 'Save public URL settings' })
  }

  get tunnelHistory() {
    return this.publicUrl.getByRole('table', { name: 'Tunnel history' })
  }
}
