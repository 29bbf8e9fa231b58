// A fast "is this value already exactly valid?" check compiled from a zod/mini schema, for restoring saved data.
//
// zod's parse is general: it copies every object, collects issues and messages, and in a page whose CSP forbids
// `eval` it cannot compile its own fast path, so restoring 50 saved incidents (3,000 timeline entries) took
// ~100 ms on a page load. Data the app saved itself is nearly always valid, so the store first asks this
// predicate, which walks the value once with plain checks and allocates nothing; only when it says no does
// zod parse the value (to keep what it can and say what is wrong). The predicate is built from the same
// schema, so there is one definition of "valid"; it only says yes when zod would accept the value and give
// back an equal copy (no unknown keys, no transforms, no defaults). Anything it does not understand compiles
// to `null`: the caller then always uses zod.
import type { z } from 'zod/mini';

type Accept = (value: unknown) => boolean;

interface ZodInternals {
  _zod: { def: Def; check?: (payload: { value: unknown; issues: unknown[] }) => unknown };
}
interface Def {
  type: string;
  checks?: ZodInternals[];
  shape?: Record<string, ZodInternals>;
  catchall?: unknown;
  innerType?: ZodInternals;
  element?: ZodInternals;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  keyType?: ZodInternals;
  valueType?: ZodInternals;
  options?: readonly ZodInternals[];
}
interface CheckDef {
  check?: string;
  format?: string;
  pattern?: RegExp;
  maximum?: number;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  fn?: (value: unknown) => unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

function compileCheck(check: ZodInternals): Accept | null {
  const def = check._zod.def as CheckDef;
  switch (def.check) {
    case 'max_length': {
      const max = def.maximum!;
      return (v) => (v as { length: number }).length <= max;
    }
    case 'min_length': {
      const min = def.minimum!;
      return (v) => (v as { length: number }).length >= min;
    }
    case 'string_format': {
      const pattern = def.pattern;
      if (def.format !== 'regex' || !(pattern instanceof RegExp) || pattern.global || pattern.sticky) return null;
      return (v) => pattern.test(v as string);
    }
    case 'number_format': {
      // z.int() and friends; a format not listed here is not modelled.
      switch (def.format) {
        case 'safeint':
          return (v) => Number.isSafeInteger(v);
        case 'int32':
          return (v) => Number.isInteger(v) && (v as number) >= -2147483648 && (v as number) <= 2147483647;
        case 'uint32':
          return (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 4294967295;
        case 'float64':
          return (v) => Number.isFinite(v);
        default:
          return null;
      }
    }
    case 'greater_than': {
      const { value, inclusive } = def;
      return inclusive ? (v) => (v as number) >= value! : (v) => (v as number) > value!;
    }
    case 'less_than': {
      const { value, inclusive } = def;
      return inclusive ? (v) => (v as number) <= value! : (v) => (v as number) < value!;
    }
    case 'custom': {
      const fn = def.fn;
      if (typeof fn === 'function') return (v) => fn(v) === true; // z.refine
      // z.superRefine: run zod's own check and see whether it reported anything.
      const run = check._zod.check;
      if (typeof run !== 'function') return null;
      return (v) => {
        const payload = { value: v, issues: [] as unknown[] };
        const result = run(payload);
        return result === undefined && payload.issues.length === 0;
      };
    }
    default:
      return null;
  }
}

// The predicates run once per saved value on a page load, mostly before the JIT has warmed up: plain
// closures with indexed loops, and one or two checks called directly, keep that first run cheap.
function withChecks(def: Def, base: Accept): Accept | null {
  if (!def.checks || def.checks.length === 0) return base;
  const checks: Accept[] = [];
  for (const check of def.checks) {
    const compiled = compileCheck(check);
    if (!compiled) return null;
    checks.push(compiled);
  }
  const [first, second] = checks as [Accept, Accept | undefined];
  if (checks.length === 1) return (v) => base(v) && first(v);
  if (checks.length === 2) return (v) => base(v) && first(v) && second!(v);
  return (v) => {
    if (!base(v)) return false;
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(v)) return false;
    return true;
  };
}

function compile(schema: ZodInternals): Accept | null {
  const def = schema._zod.def;
  const base = compileType(schema);
  // A schema that is also a check (z.int() is a number with a "safeint" format; z.email() a string with one).
  if (!base || (def as CheckDef).check === undefined) return base;
  const self = compileCheck(schema);
  return self ? (v) => base(v) && self(v) : null;
}

function compileType(schema: ZodInternals): Accept | null {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return withChecks(def, (v) => typeof v === 'string');
    case 'number':
      return withChecks(def, (v) => typeof v === 'number' && Number.isFinite(v));
    case 'boolean':
      return withChecks(def, (v) => typeof v === 'boolean');
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return withChecks(def, (v) => values.has(v as string));
    }
    case 'literal': {
      const values = new Set(def.values ?? []);
      return withChecks(def, (v) => values.has(v));
    }
    case 'optional': {
      const inner = def.innerType && compile(def.innerType);
      return inner ? withChecks(def, (v) => v === undefined || inner(v)) : null;
    }
    case 'nullable': {
      const inner = def.innerType && compile(def.innerType);
      return inner ? withChecks(def, (v) => v === null || inner(v)) : null;
    }
    case 'array': {
      const element = def.element && compile(def.element);
      if (!element) return null;
      return withChecks(def, (v) => {
        if (!Array.isArray(v)) return false;
        // Holes or extra own keys (never in parsed JSON): zod's copy would differ.
        if (Object.keys(v).length !== v.length) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      });
    }
    case 'object': {
      if (def.catchall !== undefined || !def.shape) return null;
      const keys: string[] = [];
      const accepts: Accept[] = [];
      const optional: boolean[] = [];
      for (const [key, field] of Object.entries(def.shape)) {
        const accept = compile(field);
        if (!accept) return null;
        keys.push(key);
        accepts.push(accept);
        optional.push(field._zod.def.type === 'optional');
      }
      const count = keys.length;
      return withChecks(def, (v) => {
        if (!isPlainObject(v)) return false;
        let present = 0;
        for (let i = 0; i < count; i++) {
          const key = keys[i]!;
          if (Object.prototype.hasOwnProperty.call(v, key)) {
            if (!accepts[i]!(v[key])) return false;
            present++;
          } else if (!optional[i]) {
            return false;
          }
        }
        // zod would drop an unknown key, so its copy would differ from the value: let zod handle it.
        return Object.keys(v).length === present;
      });
    }
    case 'record': {
      const key = def.keyType && compile(def.keyType);
      const value = def.valueType && compile(def.valueType);
      if (!key || !value || def.keyType!._zod.def.type !== 'string') return null;
      return withChecks(def, (v) => {
        if (!isPlainObject(v)) return false;
        for (const k of Object.keys(v)) if (!key(k) || !value(v[k])) return false;
        return true;
      });
    }
    case 'custom':
      // z.custom(fn) passes the value through unchanged; its fn is the schema's own check, compiled by `compile`.
      return withChecks(def, () => true);
    default:
      return null;
  }
}

/**
 * Compiles `schema` into a predicate that is true only for values zod accepts unchanged (its output would equal
 * the value). Null when the schema uses something the predicate does not model. Never throws: a check that
 * throws makes the predicate say no.
 */
export function compileAccept(schema: z.ZodMiniType): Accept | null {
  let accept: Accept | null;
  try {
    accept = compile(schema as unknown as ZodInternals);
  } catch {
    return null;
  }
  if (!accept) return null;
  const compiled = accept;
  return (value) => {
    try {
      return compiled(value);
    } catch {
      return false;
    }
  };
}
