export * from './lib/pmos.module';
export * from './lib/pmos/pmo.model';
export * from './lib/pmos/pmos.service';
export * from './lib/seats/seat.model';
export * from './lib/seats/seats.service';
