export default async function globalTeardown(): Promise<void> {
  await globalThis.__STINT_TEST_PG__?.stop();
}
