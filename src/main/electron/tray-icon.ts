/**
 * A 16x16 PNG (a blue ring) so the tray has something to show on every platform without shipping
 * an asset folder; Linux in particular shows nothing for an empty image. Replace with the brand icon.
 */
export const TRAY_ICON_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAb0lEQVR42q2TsQ0AIQhFnYSOyWAZ52MMNqC5aygMQc0dmPyG8J8oMJB0VJQFAUknkgqSmks8BjcAu+HZyDwnBfDBGMURAJebs0pgBcyYFE8CmStATuYNRFaA/QBYK6D8hPInlttYHqSWUW5Zps96ASDEPnPDKEdoAAAAAElFTkSuQmCC'
