import { describe, expect, it } from 'vitest';
import { choiceField, idField, listField, textField, timestampField } from './schema-fields';

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined {
  return result.success ? undefined : result.error?.issues[0]?.message;
}

describe('schema fields', () => {
  it('say what to do for a missing or too long text', () => {
    const title = textField('title', { max: 5, required: true });
    expect(firstMessage(title.safeParse(undefined))).toBe('enter a title');
    expect(firstMessage(title.safeParse('   '))).toBe('enter a title');
    expect(firstMessage(title.safeParse('toolong'))).toBe('shorten the title to 5 characters or fewer');
    expect(title.safeParse('ok').success).toBe(true);
    expect(firstMessage(textField('owner', { max: 5 }).safeParse(undefined))).toBe('enter an owner');
  });

  it('accept safe ids and refuse reserved or malformed ones', () => {
    const id = idField('step');
    expect(id.safeParse('step-1').success).toBe(true);
    expect(firstMessage(id.safeParse('a b'))).toBe('give the step an id of 1 to 64 letters, digits, "-" or "_"');
    expect(firstMessage(id.safeParse('__proto__'))).toMatch(/^choose another id for the step/);
  });

  it('check times, choices and list lengths', () => {
    expect(timestampField('start time').safeParse(0).success).toBe(true);
    expect(firstMessage(timestampField('start time').safeParse(-1))).toBe('the start time must be a valid time');
    expect(firstMessage(choiceField('status', ['open', 'done']).safeParse('maybe'))).toBe('choose the status from: open, done');
    const list = listField(textField('tag', { max: 10 }), 'tags', 2, 'keep it to 2 tags');
    expect(firstMessage(list.safeParse(['a', 'b', 'c']))).toBe('keep it to 2 tags');
    expect(firstMessage(list.safeParse(undefined))).toBe('add the tags (a list)');
  });
});
