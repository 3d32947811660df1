import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthResolver } from './sessions/auth.resolver';
import { AuthService } from './sessions/auth.service';
import { LoginThrottle } from './sessions/login-throttle';
import { SessionGuard } from './sessions/session.guard';
import { SessionsService } from './sessions/sessions.service';

/** Accounts, roles and sessions; its guard protects every operation in the app. */
@Module({
  providers: [
    AuthResolver,
    AuthService,
    SessionsService,
    LoginThrottle,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
})
export class AuthModule {}
