export { StaffingPage } from './lib/components/StaffingPage';
