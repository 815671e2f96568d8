const STEPS = ['Details', 'Connect', 'Test', 'Map fields'] as const

/** Where the user is in the wizard: 1 Details, 2 Connect, 3 Test, 4 Map fields. */
export function WizardSteps({ current }: { current: 0 | 1 | 2 | 3 }) {
  return (
    <ol className="wizard-steps" aria-label="Steps">
      {STEPS.map((label, i) => (
        <li key={label} className={i === current ? 'is-current' : i < current ? 'is-done' : ''} aria-current={i === current ? 'step' : undefined}>
          <span className="wizard-step-number" aria-hidden="true">
            {i + 1}
          </span>
          {label}
        </li>
      ))}
    </ol>
  )
}
