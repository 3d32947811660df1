import { hashSync } from '@node-rs/argon2';
import type { Rng } from './prng';
import type { DemoLogin } from './types';

export const DEMO_PASSWORD = 'stint-demo';

/** One login per role (SPEC §7); the server prints these at start when it loaded the demo. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { email: 'admin@stint.example', role: 'ADMIN', password: DEMO_PASSWORD },
  { email: 'director@stint.example', role: 'DIRECTOR', password: DEMO_PASSWORD },
  { email: 'hr@stint.example', role: 'HR', password: DEMO_PASSWORD },
  { email: 'pm@stint.example', role: 'PM', password: DEMO_PASSWORD },
  { email: 'pm2@stint.example', role: 'PM', password: DEMO_PASSWORD },
];

/**
 * The argon2id hash every generated account shares. Its salt comes from the seeded stream, so
 * the hash (and every row) is byte-identical across runs; that is harmless here because the
 * password itself is published above. Computed once: argon2 is deliberately slow.
 */
export function demoPasswordHash(rng: Rng): string {
  const salt = new Uint8Array(16);
  for (let i = 0; i < salt.length; i++) salt[i] = rng.nextUint32() & 0xff;
  return hashSync(DEMO_PASSWORD, { salt });
}
