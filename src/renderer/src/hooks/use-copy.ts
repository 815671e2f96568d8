import { useEffect, useState } from 'react'

export type CopyState = 'idle' | 'copied' | 'manual'

/**
 * Copies text with the clipboard API. When that is missing or refused (an insecure context, a
 * denied permission), `selectFallback` runs instead so the user can press Ctrl+C themselves.
 * The state goes back to idle after a moment so the confirmation does not linger.
 */
export function useCopy(selectFallback: () => void) {
  const [state, setState] = useState<CopyState>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  async function copy(text: string) {
    try {
      if (!navigator.clipboard) throw new Error('The clipboard API is not available here')
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      selectFallback()
      setState('manual')
    }
  }

  return { state, copy }
}

export const COPY_MESSAGES: Record<CopyState, string> = {
  idle: '',
  copied: 'Copied to the clipboard',
  manual: 'Selected: press Ctrl+C (⌘C on a Mac) to copy',
}
