import { Module } from '@nestjs/common';
import { PmosResolver } from './pmos/pmos.resolver';
import { PmosService } from './pmos/pmos.service';
import { SeatsResolver } from './seats/seats.resolver';
import { SeatsService } from './seats/seats.service';

/** PMOs, their directors and seats. */
@Module({
  providers: [PmosService, PmosResolver, SeatsService, SeatsResolver],
  exports: [PmosService, SeatsService],
})
export class PmosModule {}
