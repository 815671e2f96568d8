import { useId, type ReactNode } from 'react'
import { Dialog } from '../../../components/ui/Dialog'
import type { Webhook } from '../../../lib/domain'

/** The mapping editor belongs to another feature: the app hands it in as a render function. */
export type RenderMapping = (webhookId: string, extraActions: ReactNode) => ReactNode

interface MappingDialogProps {
  webhook: Webhook
  renderMapping: RenderMapping
  onClose(): void
}

/** "Field mapping" of one webhook: where each field it has received goes in the lead. */
export function MappingDialog({ webhook, renderMapping, onClose }: MappingDialogProps) {
  const titleId = useId()
  const close = (
    <button type="button" className="button" onClick={onClose}>
      Close
    </button>
  )
  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="dialog-wide">
      <h2 id={titleId} className="dialog-title">
        Field mapping for {webhook.name}
      </h2>
      <p className="dialog-text">Where each field this webhook has received goes in the lead. New fields appear here as they arrive.</p>
      {renderMapping(webhook.id, close)}
    </Dialog>
  )
}
