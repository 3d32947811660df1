export * from './lib/auth.module';
export * from './lib/user-account.entity';
export * from './lib/user.model';
