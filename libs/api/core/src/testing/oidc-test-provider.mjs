// A real, certified OpenID provider (the `oidc-provider` package) for the sign-in tests, run
// as its own process (it is ESM with many dependencies). Configured by OIDC_TEST_CONFIG (JSON):
// { port, clientId, clientSecret, redirectUri, privateJwk, accounts: { login: claims } }.
// The dev login page accepts any password; the login name picks the account.
// Test controls: POST /__test/accounts (JSON: replaces accounts) and POST /__test/mode with
// normal | forged | expired | wrong-audience, which rewrites the ID token the token endpoint
// returns (validly signed with the provider's key when expired or for another audience; signed
// with a stranger's key when forged).
import { createSign, generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';

const config = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
const issuer = `http://127.0.0.1:${config.port}`;
let accounts = config.accounts ?? {};
let mode = 'normal';

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: config.clientId,
      client_secret: config.clientSecret,
      redirect_uris: [config.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [config.privateJwk] },
  pkce: { required: () => true },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'groups', 'employee_number'],
  },
  // Put the requested claims in the ID token itself, as many company providers do.
  conformIdTokenClaims: false,
  cookies: { keys: ['stint-test-provider'] },
  findAccount: (_ctx, id) =>
    accounts[id] ? { accountId: id, claims: () => ({ sub: id, ...accounts[id] }) } : undefined,
});

const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const ownKey = { key: config.privateJwk, format: 'jwk' };

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

function resign(idToken) {
  const [header, payload] = idToken
    .split('.')
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url')));
  const now = Math.floor(Date.now() / 1000);
  if (mode === 'expired') Object.assign(payload, { iat: now - 7200, exp: now - 3600 });
  if (mode === 'wrong-audience') payload.aud = 'some-other-application';
  if (mode === 'forged') payload.groups = ['stint-admins'];
  const input = `${b64(header)}.${b64(payload)}`;
  const signature = createSign('RSA-SHA256')
    .update(input)
    .sign(mode === 'forged' ? stranger : ownKey)
    .toString('base64url');
  return `${input}.${signature}`;
}

const callback = provider.callback();
const server = http.createServer((req, res) => {
  if (req.method === 'POST' && req.url?.startsWith('/__test/')) {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/__test/mode') mode = body.trim();
      if (req.url === '/__test/accounts') accounts = JSON.parse(body);
      res.end('ok');
    });
    return;
  }
  if (mode !== 'normal' && req.method === 'POST' && req.url?.startsWith('/token')) {
    // An uncompressed answer, so the ID token can be rewritten.
    delete req.headers['accept-encoding'];
    const end = res.end.bind(res);
    res.end = (chunk, ...rest) => {
      try {
        const json = JSON.parse(Buffer.from(chunk).toString('utf8'));
        if (json.id_token) json.id_token = resign(json.id_token);
        const text = JSON.stringify(json);
        res.setHeader('content-length', Buffer.byteLength(text));
        return end(text, ...rest);
      } catch (error) {
        process.stderr.write(`could not rewrite the token response: ${error}\n`);
        return end(chunk, ...rest);
      }
    };
  }
  return callback(req, res);
});
server.listen(config.port, '127.0.0.1', () => process.stdout.write(`ready ${issuer}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
