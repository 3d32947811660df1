export { SettingsPage } from './lib/components/SettingsPage';
