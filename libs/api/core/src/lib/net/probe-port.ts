import { createServer } from 'node:net';

/** Tries to bind host:port and releases it; returns the bind error code, or undefined when free. */
export function probePort(port: number, host: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'UNKNOWN'));
    server.listen(port, host, () => server.close(() => resolve(undefined)));
  });
}
