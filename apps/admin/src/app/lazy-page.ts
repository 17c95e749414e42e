import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A route's page in its own chunk, loaded the first time the route renders; a Suspense boundary shows
 * <RouteLoading /> meanwhile. Pages keep their named exports:
 *   const XPage = lazyPage(() => import('../pages/x/XPage'), 'XPage');
 */
export function lazyPage<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] }));
}
