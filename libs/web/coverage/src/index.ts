export { CoveragePage } from './lib/components/CoveragePage';
