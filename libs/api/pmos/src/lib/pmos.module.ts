import { Module } from '@nestjs/common';

/** PMOs, their directors and seats. */
@Module({
  providers: [],
})
export class PmosModule {}
