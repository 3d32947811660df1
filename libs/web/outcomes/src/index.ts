export { OutcomesPage } from './lib/components/OutcomesPage';
