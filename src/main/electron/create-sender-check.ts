import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'

interface Deps {
  /** The windows this app created (and so trusts). */
  ownWindows: () => BrowserWindow[]
  isAppPage: (url: string) => boolean
}

/**
 * An IPC call is trusted only from the top frame of one of our own windows while it shows our
 * own page: not from a frame inside it, not from a window we did not create, and not after the
 * frame has navigated away or gone (Electron then gives a null senderFrame).
 */
export function createSenderCheck({ ownWindows, isAppPage }: Deps) {
  return (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null || !isAppPage(frame.url)) return false
    // By id: Electron may hand out different wrapper objects for the same web contents.
    return ownWindows().some((w) => !w.isDestroyed() && w.webContents.id === event.sender.id)
  }
}
