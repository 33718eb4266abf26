/**
 * Something an AuthProvider owns but makes only when a hook first needs it, with the factory the
 * hook brings: the provider then never imports that code (its private QueryClient, its OAuth
 * exchange memory), and a page without those hooks does not ship it. One slot per provider.
 */
export interface LazySlot<T> {
  /** The value, made by `create` on the first call. */
  get: (create: () => T) => T;
  /** The value if made, else `null`; never makes it. */
  peek: () => T | null;
}

export function createLazySlot<T>(): LazySlot<T> {
  let made: T | null = null;
  return {
    get: (create) => (made ??= create()),
    peek: () => made,
  };
}
