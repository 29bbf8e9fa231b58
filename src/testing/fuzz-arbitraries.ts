// Test support: fast-check generators of hostile input for the fuzz tests (docs/RELIABILITY.md lists them and
// their case counts): any text, any JSON, and damaged copies of a valid file.
import fc from 'fast-check';

/** Keys that reach an object's prototype when copied carelessly. */
const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Text a person, a chat client or an attacker might paste: markup, URLs, numbers in odd forms, control characters. */
const FRAGMENTS = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '[x](javascript:alert(1))', '{{7*7}}', '${x}',
  '__proto__', 'constructor', '\u0000', '\u202e', '\r\n', '\n', '\t', ' ', '|', '"', "'", '\\', 'NaN', 'Infinity', '-Infinity', '-0',
  '1e308', '1e-324', '9007199254740993', '0x1F', '1,000.5', '1.000,5', '١٢٣', 'Ⅻ', '12:00', '2026-13-45T25:61', '2026-02-29',
  'https://example.com/a?b=c#d', 'mailto:a@b.co', 'Zażółć gęślą jaźń', 'Привет', '🔥', '\uD800',
];

/** Arbitrary Unicode (lone surrogates included) or a mix of troublesome fragments. */
export function arbitraryText(maxLength = 60): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join('')),
  );
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value` (objects by key, arrays by index), the root included. */
function listPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => listPaths(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) listPaths(item, [...path, key], out);
  return out;
}

type Mutation = { kind: 'replace'; value: unknown } | { kind: 'delete' } | { kind: 'pollute'; key: string } | { kind: 'duplicate' };

/** Applies one change at `path` to a deep copy of `value`. */
function mutate(value: unknown, path: readonly (string | number)[], mutation: Mutation): unknown {
  const copy = structuredClone(value) as Json;
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : copy;
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  switch (mutation.kind) {
    case 'replace':
      parent[key] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'pollute': {
      const target = parent[key];
      if (typeof target === 'object' && target !== null) {
        // A real own property named like a prototype key, as JSON.parse would make it.
        Object.defineProperty(target, mutation.key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      }
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[Number(key)]));
      break;
  }
  return copy;
}

/** A damaged copy of `valid` (a parsed file): one value replaced by any JSON, deleted, duplicated, or given a prototype key. */
export function arbitraryDamagedValue(valid: unknown): fc.Arbitrary<unknown> {
  const paths = listPaths(valid);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), arbitraryText(), fc.constantFrom(-1, 0, 1e308, -0, 1.5, '', null, [], {})) }),
    fc.constant({ kind: 'delete' as const }),
    fc.constant({ kind: 'duplicate' as const }),
    fc.record({ kind: fc.constant('pollute' as const), key: fc.constantFrom(...POLLUTION_KEYS) }),
  );
  return fc
    .array(fc.tuple(fc.constantFrom(...paths), mutation), { minLength: 1, maxLength: 3 })
    .map((changes) => changes.reduce<unknown>((value, [path, change]) => {
      try {
        return mutate(value, path, change);
      } catch {
        return value; // The path no longer exists after an earlier change.
      }
    }, valid));
}

/**
 * The text of a file that may be anything: garbage, any JSON, a damaged copy of `validText`, or `validText`
 * cut short.
 */
export function arbitraryFileText(validText: string): fc.Arbitrary<string> {
  const valid = JSON.parse(validText) as unknown;
  return fc.oneof(
    { weight: 1, arbitrary: arbitraryText(200) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? '') },
    { weight: 4, arbitrary: arbitraryDamagedValue(valid).map((value) => JSON.stringify(value) ?? '') },
    { weight: 1, arbitrary: fc.nat({ max: validText.length }).map((end) => validText.slice(0, end)) },
  );
}

/** A user-facing message: a sentence, with no sign of a bug leaking through. */
export function isUserMessage(message: unknown): boolean {
  return typeof message === 'string' && message.trim().length > 0 && !/undefined|NaN|\[object |Infinity|TypeError|null\b/.test(message);
}
