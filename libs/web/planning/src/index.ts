export { PlanningPage } from './lib/components/PlanningPage';
