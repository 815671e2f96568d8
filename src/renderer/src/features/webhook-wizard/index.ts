export { WebhookWizard } from './components/WebhookWizard'
