export { RequestsScreen } from './lib/components/RequestsScreen';
