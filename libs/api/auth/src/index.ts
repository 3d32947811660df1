export * from './lib/auth.module';
export * from './lib/users/user.model';
export * from './lib/sessions/passwords';
export { LOGIN_LIMITS } from './lib/sessions/login-throttle';
