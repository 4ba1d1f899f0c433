// Per-object memoisation for values derived from a frozen scenario, model or procedure: computed once,
// forgotten with the object (a WeakMap), never stale because the key never changes.
export function memoByObject<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = derive(key);
    cache.set(key, value);
    return value;
  };
}
