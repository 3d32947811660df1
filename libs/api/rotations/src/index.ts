export * from './lib/rotations.module';
