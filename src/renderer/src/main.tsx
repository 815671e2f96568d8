import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { NoSecretScreen } from './app/NoSecretScreen'
import { ApiClientProvider, startApiClient } from './lib/api-client'
// Plain CSS files, bundled into one stylesheet file: the CSP (style-src 'self') blocks injected style tags.
import './styles/base.css'
import './styles/layout.css'
import './styles/forms.css'
import './styles/components.css'
import './styles/controls.css'
import './styles/dialogs.css'
import './styles/status-bar.css'
import './styles/wizard.css'
import './styles/webhooks.css'
import './styles/inbox.css'
import './styles/mapping.css'
import './styles/settings.css'
import './styles/notices.css'

// The transport (IPC or HTTP+SSE) is chosen once, here; without a secret there is nothing to reach.
const client = startApiClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {client ? (
      <ApiClientProvider client={client}>
        <App />
      </ApiClientProvider>
    ) : (
      <NoSecretScreen />
    )}
  </StrictMode>,
)
