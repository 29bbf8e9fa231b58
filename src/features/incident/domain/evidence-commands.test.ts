import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillCommandPlaceholders, formatLocalIsoTime, formatRfc3339Utc } from './evidence-commands';

const IMPACT = Date.UTC(2026, 11, 3, 13, 5, 9); // 14:05:09 in Berlin

/**
 * Splits a command into words as a POSIX shell does for quoting (single quotes, double quotes with backslash
 * escapes, backslash outside quotes), and reports any character a shell would treat as an operator.
 */
function splitShellWords(command: string): { words: string[]; operators: string[] } {
  const words: string[] = [];
  const operators: string[] = [];
  let word: string | null = null;
  let i = 0;
  while (i < command.length) {
    const c = command[i]!;
    if (c === "'") {
      const end = command.indexOf("'", i + 1);
      if (end === -1) throw new Error('unclosed single quote');
      word = (word ?? '') + command.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      let text = '';
      while (command[j] !== '"') {
        if (j >= command.length) throw new Error('unclosed double quote');
        if (command[j] === '\\' && '$`"\\\n'.includes(command[j + 1] ?? '')) j++;
        else if ('$`'.includes(command[j]!)) operators.push(command[j]!);
        text += command[j]!;
        j++;
      }
      word = (word ?? '') + text;
      i = j + 1;
    } else if (c === '\\') {
      word = (word ?? '') + (command[i + 1] ?? '');
      i += 2;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (word !== null) words.push(word);
      word = null;
      i++;
    } else {
      if (';&|<>()$`*?[#~{}!'.includes(c)) operators.push(c);
      word = (word ?? '') + c;
      i++;
    }
  }
  if (word !== null) words.push(word);
  return { words, operators };
}

describe('fillCommandPlaceholders', () => {
  it('fills journalctl and kubectl with impact start: local ISO for --since, RFC 3339 UTC for --since-time', () => {
    const facts = { service: 'checkout', impactStart: IMPACT, timeZone: 'Europe/Berlin' };
    expect(fillCommandPlaceholders('journalctl -u {service} --since {impactStart} | tail -100', facts)).toBe(
      "journalctl -u checkout --since '2026-12-03 14:05:09' | tail -100",
    );
    expect(fillCommandPlaceholders('kubectl logs deployment/{service} --since-time={impactStartUtc}', facts)).toBe(
      'kubectl logs deployment/checkout --since-time=2026-12-03T13:05:09Z',
    );
    // The older spelling still works.
    expect(fillCommandPlaceholders('systemctl status <service>', facts)).toBe('systemctl status checkout');
  });

  it('quotes a hostile service name as one word, also inside the template’s own quotes', () => {
    const facts = { service: `api"; rm -rf ~ 'x' $(id)`, impactStart: IMPACT, timeZone: 'UTC' };
    const bare = fillCommandPlaceholders('journalctl -u {service} --since {impactStart}', facts);
    expect(bare).toBe(`journalctl -u 'api"; rm -rf ~ '\\''x'\\'' $(id)' --since '2026-12-03 13:05:09'`);
    const inDouble = fillCommandPlaceholders('echo "unit={service}"', facts);
    expect(splitShellWords(inDouble).words).toEqual(['echo', `unit=${facts.service}`]);
  });

  it('leaves the service placeholder visible when the incident has no service', () => {
    expect(fillCommandPlaceholders('systemctl status {service}', { service: '  ', impactStart: IMPACT })).toBe('systemctl status {service}');
  });

  it('any service name and any time yield the same words, with no shell operator added (property)', () => {
    const templates = [
      ['journalctl -u {service} --since {impactStart}', (s: string, t: string) => ['journalctl', '-u', s, '--since', t]],
      ['echo "svc={service} at {impactStart}"', (s: string, t: string) => ['echo', `svc=${s} at ${t}`]],
      ["echo 'svc={service}'", (s: string) => ['echo', `svc=${s}`]],
      ['x --name={service}', (s: string) => ['x', `--name=${s}`]],
    ] as const;
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }).filter((s) => s.trim() !== '' && !s.includes('\0')),
        fc.integer({ min: 0, max: Date.UTC(9999, 11, 31) }),
        fc.constantFrom(...templates),
        (service, at, [template, expected]) => {
          const command = fillCommandPlaceholders(template, { service, impactStart: at, timeZone: 'UTC' });
          const parsed = splitShellWords(command);
          expect(parsed.words).toEqual(expected(service.trim(), formatLocalIsoTime(at, 'UTC')));
          // The template has no operators of its own: any found would have come from the service name.
          expect(parsed.operators).toEqual([]);
        },
      ),
    );
  });

  it('a real POSIX shell reads the filled service as one literal argument', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && !s.includes('\0')),
        (service) => {
          const command = fillCommandPlaceholders('printf %s {service}', { service, impactStart: IMPACT, timeZone: 'UTC' });
          expect(execFileSync('sh', ['-c', command], { encoding: 'utf8' })).toBe(service.trim());
        },
      ),
      { numRuns: 25 },
    );
  });

  it('formats RFC 3339 in UTC without milliseconds', () => {
    expect(formatRfc3339Utc(IMPACT + 999)).toBe('2026-12-03T13:05:09Z');
  });
});
