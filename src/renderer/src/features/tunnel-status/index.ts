export { TunnelStatusBar } from './components/TunnelStatusBar'
export { UrlChangedNotice } from './components/UrlChangedNotice'
