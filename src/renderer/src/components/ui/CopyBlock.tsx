import { useRef } from 'react'
import { COPY_MESSAGES, useCopy } from '../../hooks/use-copy'

/** A multi-line snippet (a curl command) in a <pre>, with a Copy button. */
export function CopyBlock({ label, text }: { label: string; text: string }) {
  const pre = useRef<HTMLPreElement>(null)
  const { state, copy } = useCopy(() => {
    const selection = window.getSelection()
    if (!pre.current || !selection) return
    selection.selectAllChildren(pre.current)
  })

  return (
    <figure className="copy-block">
      <figcaption className="copy-block-head">
        <span>{label}</span>
        <button type="button" className="button button-small" onClick={() => void copy(text)} aria-label={`Copy ${label}`}>
          {state === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </figcaption>
      <pre ref={pre} className="code">
        {text}
      </pre>
      <span className="copy-status" role="status">
        {COPY_MESSAGES[state]}
      </span>
    </figure>
  )
}
