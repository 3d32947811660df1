import type DataLoader from 'dataloader';

/** The per-request GraphQL context. Loaders live here, so no provider is request-scoped. */
export interface RequestContext {
  req: { headers: Record<string, string | string[] | undefined> } & Record<string, unknown>;
  res?: unknown;
  loaders?: Map<string, DataLoader<unknown, unknown>>;
}

/** Returns this request's loader for `key`, creating it on first use. */
export function requestLoader<K, V>(
  context: RequestContext,
  key: string,
  create: () => DataLoader<K, V>,
): DataLoader<K, V> {
  context.loaders ??= new Map();
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = create();
    context.loaders.set(key, loader as unknown as DataLoader<unknown, unknown>);
  }
  return loader;
}
