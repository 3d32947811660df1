import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { StintConfig } from './config';

/** Injection token for the validated configuration. */
export const STINT_CONFIG = Symbol('STINT_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: StintConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: STINT_CONFIG, useValue: config }],
      exports: [STINT_CONFIG],
    };
  }
}
