export { PmosScreen } from './lib/components/PmosScreen';
export { RotationScreen } from './lib/components/RotationScreen';
