import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';

export interface TestAccountClaims {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
  employee_number?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Replaces the provider's accounts (login name → claims). */
  setAccounts(accounts: Record<string, TestAccountClaims>): Promise<void>;
  /** How the token endpoint's ID token is tampered with, if at all. */
  setMode(mode: 'normal' | 'forged' | 'expired' | 'wrong-audience'): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `oidc-provider` on loopback in its own process (see oidc-test-provider.mjs). */
export async function startOidcProvider(options: {
  port: number;
  redirectUri: string;
  accounts: Record<string, TestAccountClaims>;
}): Promise<TestOidcProvider> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateJwk = {
    ...privateKey.export({ format: 'jwk' }),
    kid: 'test-key',
    use: 'sig',
    alg: 'RS256',
  };
  const clientId = 'stint-test';
  const clientSecret = 'stint-test-secret-0123456789';
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(__dirname, 'oidc-test-provider.mjs')],
    {
      env: {
        ...process.env,
        OIDC_TEST_CONFIG: JSON.stringify({
          port: options.port,
          clientId,
          clientSecret,
          redirectUri: options.redirectUri,
          privateJwk,
          accounts: options.accounts,
        }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`OIDC provider did not start:\n${output}`)),
      15_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready ')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => reject(new Error(`OIDC provider exited:\n${output}`)));
  });
  const issuer = `http://127.0.0.1:${options.port}`;
  const post = async (what: string, body: string) => {
    await fetch(`${issuer}/__test/${what}`, { method: 'POST', body });
  };
  return {
    issuer,
    clientId,
    clientSecret,
    setAccounts: (accounts) => post('accounts', JSON.stringify(accounts)),
    setMode: (mode) => post('mode', mode),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
