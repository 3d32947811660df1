export { PeopleScreen } from './lib/components/PeopleScreen';
