export { LeadInbox } from './components/LeadInbox'
