// Shared Jest settings: swc compiles TypeScript (with decorator metadata for Nest/TypeORM)
// and the ESM-only packages NestJS 12 pulls in, and workspace aliases resolve from
// tsconfig.base.json so tests import libraries by their public names.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const root = __dirname;
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/\//g, '\\/')}$`,
    path.join(root, target),
  ]),
);

const esmPackages = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  '@borewit',
  // openid-client 6 and its two dependencies are ESM-only.
  'openid-client',
  'oauth4webapi',
  'jose',
].join('|');

const swc = (syntax, tsx) => [
  '@swc/jest',
  {
    jsc: {
      parser: syntax === 'typescript' ? { syntax, decorators: true, tsx } : { syntax },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper,
  transform: {
    '^.+\\.tsx?$': swc('typescript', true),
    '^.+\\.m?js$': swc('ecmascript'),
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  testEnvironment: 'node',
};
