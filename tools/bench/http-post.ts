// The bench client's HTTP: node:http on one kept-alive connection. undici's fetch, which the
// bench used before, spends about a millisecond of the client's own CPU per request (streams,
// Headers, the WHATWG body) — on this 2-core machine that was added to every API figure, and it
// is not what the API costs (a browser's HTTP stack is native code).
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface HttpPoster {
  /** POSTs a JSON body; resolves with the answer's bytes and when its last byte arrived. */
  post(
    url: string,
    body: string,
    headers: Record<string, string>,
  ): Promise<{ status: number; bytes: Buffer; received: number }>;
  close(): void;
}

export function httpPoster(): HttpPoster {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return {
    post: (url, body, headers) =>
      new Promise((resolve, reject) => {
        const request = http.request(
          url,
          {
            method: 'POST',
            agent,
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              ...headers,
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                bytes: Buffer.concat(chunks),
                received: performance.now(),
              }),
            );
          },
        );
        request.on('error', reject);
        request.end(body);
      }),
    close: () => agent.destroy(),
  };
}
