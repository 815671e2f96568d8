export { DeliveryLog } from './components/DeliveryLog'
