import { removeScratch } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__STINT_TEST_PG__?.server.stop();
  removeScratch(globalThis.__STINT_TEST_PG__?.scratchDir);
}
