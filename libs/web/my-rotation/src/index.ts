export { MyRotationPage } from './lib/components/MyRotationPage';
