import { useState, type FormEvent } from 'react'
import { ApiError, errorMessage } from '../../../lib/api-client'
import type { Settings, Webhook } from '../../../lib/domain'
import { errorsByPath, type PathErrors } from '../../../lib/split-field-errors'
import { checkTeamForm, move, newMember, newRule, withoutMember, type TeamForm } from '../lib/team-form'
import { RuleEditor } from './RuleEditor'
import { SaveBar } from './SaveBar'
import { TeamMembersEditor } from './TeamMembersEditor'

interface Props {
  settings: Settings
  webhooks: Webhook[]
  save(patch: TeamForm): Promise<unknown>
}

/** Who works the leads, and the rules (tried in order) that decide who gets each new one. */
export function TeamSection({ settings, webhooks, save }: Props) {
  const [form, setForm] = useState<TeamForm>({ team: settings.team, distribution: settings.distribution })
  const [errors, setErrors] = useState<PathErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)
  const change = (next: TeamForm) => (setForm(next), setDone(false))
  const setRule = (i: number, rule: TeamForm['distribution'][number]) => change({ ...form, distribution: form.distribution.map((r, k) => (k === i ? rule : r)) })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const local = checkTeamForm(form)
    setErrors(local)
    if (Object.keys(local).length) return
    setBusy(true)
    try {
      await save(form)
      setDone(true)
    } catch (err) {
      setErrors(err instanceof ApiError && err.code === 'invalid_input' ? errorsByPath(err.message) : { '': errorMessage(err) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="card settings-card" aria-labelledby="team-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="team-title" className="card-title">
        Team and lead distribution
      </h2>
      <h3 className="form-section-title">Team members</h3>
      <TeamMembersEditor
        team={form.team}
        errors={errors}
        onChange={(i, m) => change({ ...form, team: form.team.map((x, k) => (k === i ? m : x)) })}
        onAdd={() => change({ ...form, team: [...form.team, newMember()] })}
        onRemove={(id) => change(withoutMember(form, id))}
      />
      <h3 className="form-section-title">Distribution rules</h3>
      <p className="field-hint">
        Tried from the top for every new lead; the first rule that matches assigns it, and the lead shows which rule it was. When none matches,
        the webhook’s default assignee is used. Test leads are never distributed.
      </p>
      {form.distribution.map((rule, i) => (
        <RuleEditor
          key={rule.id}
          rule={rule}
          index={i}
          count={form.distribution.length}
          team={form.team}
          webhooks={webhooks}
          errors={errors}
          onChange={(r) => setRule(i, r)}
          onMove={(to) => change({ ...form, distribution: move(form.distribution, i, to) })}
          onRemove={() => change({ ...form, distribution: form.distribution.filter((_, k) => k !== i) })}
        />
      ))}
      <div className="button-row button-row-start">
        <button type="button" className="button button-small" onClick={() => change({ ...form, distribution: [...form.distribution, newRule('round-robin', form)] })}>
          Add round-robin rule
        </button>
        <button type="button" className="button button-small" onClick={() => change({ ...form, distribution: [...form.distribution, newRule('by-field', form)] })}>
          Add rule by field value
        </button>
      </div>
      <SaveBar label="Save team and rules" busy={busy} done={done && 'Team and rules saved.'} error={errors[''] ?? (Object.keys(errors).length ? 'Some entries need a fix (see the messages above).' : undefined)} />
    </form>
  )
}
