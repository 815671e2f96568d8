import type { ReactNode } from 'react'
import { Icon, type IconName } from './Icon'

interface EmptyStateProps {
  title: string
  children?: ReactNode
  /** The next thing to do, e.g. a button that opens the wizard. */
  action?: ReactNode
  icon?: IconName
}

/** Says why a list is empty and what to do next, instead of showing a blank table. */
export function EmptyState({ title, children, action, icon = 'inbox' }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <div className="empty-state-mark">
        <Icon name={icon} />
      </div>
      <p className="empty-state-title">{title}</p>
      {children && <div className="empty-state-text">{children}</div>}
      {action && <div className="empty-state-action">{action}</div>}
    </div>
  )
}
