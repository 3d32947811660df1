import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AdminBootstrap } from './bootstrap/admin-bootstrap';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { AuthResolver } from './sessions/auth.resolver';
import { AuthService } from './sessions/auth.service';
import { LoginThrottle } from './sessions/login-throttle';
import { SessionGuard } from './sessions/session.guard';
import { SessionsService } from './sessions/sessions.service';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

/** Accounts, roles and sessions; its guard protects every operation in the app. */
@Module({
  controllers: [OidcController],
  providers: [
    OidcService,
    AuthResolver,
    AuthService,
    SessionsService,
    LoginThrottle,
    UsersService,
    UsersResolver,
    AdminBootstrap,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
})
export class AuthModule {}
