export { WebhookList } from './components/WebhookList'
