import type { Low } from 'lowdb'
import type { Settings } from '../../../shared/domain'
import type { AppFile } from './schemas'

export type SettingsRepository = ReturnType<typeof createSettingsRepository>

export function createSettingsRepository(db: Low<AppFile>) {
  return {
    get: (): Settings => ({ ...db.data.settings }),
    async update(patch: Partial<Settings>) {
      db.data.settings = { ...db.data.settings, ...patch }
      await db.write()
      return { ...db.data.settings }
    },
  }
}
