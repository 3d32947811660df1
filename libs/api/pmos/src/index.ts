export * from './lib/pmos.module';
