import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AuthModule } from '@stint/api-auth';
import {
  CompiledExecution,
  ConfigModule,
  dataSourceOptions,
  formatGraphQLError,
  HealthModule,
  ReadReplicasModule,
  type RequestContext,
  type StintConfig,
} from '@stint/api-core';
import { AnalyticsModule } from '@stint/api-analytics';
import { AuditModule } from '@stint/api-audit';
import { DataModule } from '@stint/api-data';
import { NotificationsModule } from '@stint/api-notifications';
import { PeopleModule } from '@stint/api-people';
import { PmosModule } from '@stint/api-pmos';
import { RotationsModule } from '@stint/api-rotations';
import { answerSizePlugin } from './answer-size';
import {
  cacheControlDisabled,
  graphqlParseOptions,
  graphqlProtection,
  idempotencyPlugin,
  readRoutingPlugin,
} from './graphql-hardening';

const graphqlLogger = new Logger('GraphQL');
const databaseLogger = new Logger('Database');

/** Wires the bounded contexts together; all behaviour lives in the libraries. */
@Module({})
export class AppModule {
  static forRoot(config: StintConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            url: databaseUrl,
            poolSize: config.DB_POOL_SIZE,
            connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
            statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
            onPoolError: (error) =>
              databaseLogger.warn(`Idle database connection failed: ${error.message}`),
          }),
          autoLoadEntities: true,
          // Start-up already proved the database reachable; don't stall boot with retries.
          retryAttempts: 2,
          retryDelay: 1000,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource],
          useFactory: (dataSource: DataSource): ApolloDriverConfig => {
            const protection = graphqlProtection(config);
            const execution = new CompiledExecution();
            // Nest's config type leaves out Apollo's `gateway`, but passes it on to
            // ApolloServer with the rest: the custom executor's only way in.
            const options: ApolloDriverConfig & { gateway: GatewayInterface } = {
              path: '/graphql',
              autoSchemaFile: true,
              sortSchema: true,
              // Off in production unless GRAPHQL_INTROSPECTION=true (the IDE needs the schema).
              introspection: config.GRAPHQL_INTROSPECTION,
              graphiql: config.GRAPHQL_INTROSPECTION,
              // Refuse requests a browser could send cross-site without a preflight (text/plain
              // or form posts, GETs without a custom header): said explicitly, not left to a default.
              csrfPrevention: true,
              // One operation per HTTP request: a JSON array body is refused (400).
              allowBatchedHttpRequests: false,
              includeStacktraceInErrorResponses: false,
              // No cache-control hints are used; the plugin would wrap every field resolver for nothing.
              plugins: [
                ...protection.plugins,
                answerSizePlugin(config.GRAPHQL_MAX_ANSWER_SIZE),
                idempotencyPlugin(dataSource),
                readRoutingPlugin(),
                cacheControlDisabled(),
              ],
              validationRules: protection.validationRules,
              parseOptions: graphqlParseOptions,
              // Operations run as compiled code (graphql-jit): Nest hands over the schema it
              // built, Apollo runs the executor (docs/decisions.md, "GraphQL answers are
              // executed by compiled code").
              transformSchema: execution.captureSchema,
              gateway: execution,
              context: ({ req, res }: { req: Request; res: Response }): RequestContext => ({
                req: req as unknown as RequestContext['req'],
                res,
              }),
              formatError: (formatted, error) =>
                formatGraphQLError(formatted, error, (e) =>
                  graphqlLogger.error(e instanceof Error ? (e.stack ?? e.message) : String(e)),
                ),
            };
            return options;
          },
        }),
        ReadReplicasModule,
        DataModule,
        HealthModule,
        AuthModule,
        PeopleModule,
        PmosModule,
        RotationsModule,
        AuditModule,
        AnalyticsModule,
        NotificationsModule,
      ],
    };
  }
}
