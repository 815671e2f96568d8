export { ProblemsBanner } from './components/ProblemsBanner'
