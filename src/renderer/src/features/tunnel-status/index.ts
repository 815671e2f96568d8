export { TunnelStatusBar } from './components/TunnelStatusBar'
