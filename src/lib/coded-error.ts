// An error that carries a code for the program and sentences a user can act on: the shape every refusal of a
// file, a link or a handover takes, so callers show `messages` and branch on `code` the same way everywhere.

export class CodedError<Code extends string> extends Error {
  readonly code: Code;
  readonly messages: readonly string[];
  constructor(code: Code, messages: readonly string[]) {
    super(messages.join(' '));
    this.code = code;
    this.messages = messages;
  }
}
