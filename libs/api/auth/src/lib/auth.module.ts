import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeResolver } from './me.resolver';
import { UserAccountEntity } from './user-account.entity';

/** Accounts, roles and sessions. */
@Module({
  imports: [TypeOrmModule.forFeature([UserAccountEntity])],
  providers: [MeResolver],
})
export class AuthModule {}
