export { FieldMapping } from './components/FieldMapping'
