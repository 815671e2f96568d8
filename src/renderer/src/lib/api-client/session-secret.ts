const STORAGE_KEY = 'cratio.secret'

/**
 * The headless shell prints `<controlUrl>/#secret=...`. Take the secret from the hash (the hash is
 * never sent to a server), keep it for this tab in sessionStorage so a reload still works, and
 * remove it from the address bar so it does not end up in a screenshot or a shared link.
 */
export function takeSessionSecret(): string | null {
  const fromHash = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('secret')
  if (fromHash) {
    sessionStorage.setItem(STORAGE_KEY, fromHash)
    history.replaceState(history.state, '', window.location.pathname + window.location.search)
    return fromHash
  }
  return sessionStorage.getItem(STORAGE_KEY)
}

/** After the server refuses the secret, forget it so the next load asks for the link again. */
export function forgetSessionSecret() {
  sessionStorage.removeItem(STORAGE_KEY)
}

/**
 * Opening the printed link in a tab that already shows this page changes only the hash, which
 * does not reload it: reload then, so start-up picks the secret up. Returns the unsubscribe.
 */
export function reloadWhenSecretArrives(): () => void {
  const onHashChange = () => {
    if (new URLSearchParams(window.location.hash.replace(/^#/, '')).has('secret')) window.location.reload()
  }
  window.addEventListener('hashchange', onHashChange)
  return () => window.removeEventListener('hashchange', onHashChange)
}
