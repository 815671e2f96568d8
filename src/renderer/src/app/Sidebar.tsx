import { Icon } from '../components/ui/Icon'
import { VIEWS, type ViewId } from './views'

interface SidebarProps {
  current: ViewId
  unseenLeads: number
  onNavigate(view: ViewId): void
}

/** The product’s name and its screens; the inbox shows how many leads arrived elsewhere. */
export function Sidebar({ current, unseenLeads, onNavigate }: SidebarProps) {
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          C
        </span>
        <span className="brand-name">Cratio Desk</span>
      </div>
      <nav aria-label="Main">
        <ul className="nav-list">
          {VIEWS.map((view) => (
            <li key={view.id}>
              <button
                type="button"
                className="nav-item"
                aria-current={current === view.id ? 'page' : undefined}
                onClick={() => onNavigate(view.id)}
              >
                <Icon name={view.icon} />
                {view.label}
                {view.id === 'inbox' && unseenLeads > 0 && (
                  <span className="nav-count" aria-label={`${unseenLeads} new`}>
                    {unseenLeads}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <p className="sidebar-foot">Leads are stored on this computer.</p>
    </aside>
  )
}
