import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthResolver } from './sessions/auth.resolver';
import { AuthService } from './sessions/auth.service';
import { LoginThrottle } from './sessions/login-throttle';
import { SessionEntity } from './sessions/session.entity';
import { SessionGuard } from './sessions/session.guard';
import { SessionsService } from './sessions/sessions.service';
import { UserAccountEntity } from './users/user-account.entity';

/** Accounts, roles and sessions; its guard protects every operation in the app. */
@Module({
  imports: [TypeOrmModule.forFeature([UserAccountEntity, SessionEntity])],
  providers: [
    AuthResolver,
    AuthService,
    SessionsService,
    LoginThrottle,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
})
export class AuthModule {}
