import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * A package that only some work needs, loaded on the first call of the returned function rather than when the process
 * starts (decision 055: each held megabytes of memory and a share of the start-up from the first moment). It loads the
 * entry `import` gives (so the same instance as an `import` elsewhere), synchronously: an ES module comes as its
 * namespace (`.default` and the named exports), a CommonJS one as its `module.exports`. Node ≥ 20.19 requires ES
 * modules synchronously; none of these has top-level await.
 */
export function loadOnFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(fileURLToPath(import.meta.resolve(specifier))) as T);
}
