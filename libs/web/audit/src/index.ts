export { AuditScreen } from './lib/components/AuditScreen';
