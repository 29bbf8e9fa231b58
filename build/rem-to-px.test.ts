import { describe, expect, it } from 'vitest';
import { remToPx } from './rem-to-px.ts';

const converted = (value: string) => {
  const declaration = { value };
  remToPx().Declaration(declaration);
  return declaration.value;
};

describe('rem-to-px', () => {
  it("turns every rem length into px at the browser's default 16px", () => {
    expect(converted('1.25rem')).toBe('20px');
    expect(converted('.5rem 1rem -0.1rem')).toBe('8px 16px -1.6px');
    expect(converted('calc(100% - 2rem)')).toBe('calc(100% - 32px)');
    expect(converted('0.333rem')).toBe('5.328px');
  });

  it('leaves other units and names containing "rem" alone', () => {
    expect(converted('1em 2px 50%')).toBe('1em 2px 50%');
    expect(converted('var(--premium-gap)')).toBe('var(--premium-gap)');
  });
});
