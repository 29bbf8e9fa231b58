// The one way a JSON file gets from a file input into the app: size first (a huge file is never read whole),
// then read, parse and validate, with a message for every way it can fail. Each flow keeps its own wording.
import { useState, type ChangeEvent } from 'react';
import type { FileFormat, PayloadCheck } from '../../lib/file-envelope';
import { parseFile, toErrorList } from '../../lib/parse-json-envelope';

/** How a flow reads its files: the size limit, and a parser that never throws. */
export interface FileReaderSpec<T> {
  maxBytes: number;
  parse: (text: string) => PayloadCheck<T>;
}

/** The reader of one envelope format (runbook, incident, postmortem). */
export function readFileFormat<T>(format: FileFormat<T>): FileReaderSpec<T> {
  return { maxBytes: format.maxBytes, parse: (text) => toErrorList(parseFile(format, text)) };
}

export interface FileImportOptions<T> {
  reader: FileReaderSpec<T>;
  /** The message for a file over the limit, before it is read. */
  tooLarge: (bytes: number, maxBytes: number) => string;
  /** The message when the browser cannot read the file. */
  unreadable: string;
  /** A valid file: its content and the file it came from. */
  onImport: (value: T, file: File) => void;
  /** Called when a file was chosen, before anything is checked (to clear an earlier message). */
  onStart?: (file: File) => void;
  /** Called with the messages whenever a file is refused (to move focus or route them elsewhere). */
  onError?: (errors: string[], file: File) => void;
}

export interface FileImport {
  /** The messages about the last file refused; empty after a good one. Shown next to the control. */
  errors: string[];
  /** Imports one file (for a drop target or a custom input). */
  importFile: (file: File) => Promise<void>;
  /** The `onChange` of an `<input type="file">`: takes its file and resets it, so the same file can be chosen again. */
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** Reads, checks and hands over a chosen JSON file; never throws, every failure becomes a message. */
export function useFileImport<T>({ reader, tooLarge, unreadable, onImport, onStart, onError }: FileImportOptions<T>): FileImport {
  const [errors, setErrors] = useState<string[]>([]);

  const refuse = (file: File, messages: string[]) => {
    setErrors(messages);
    onError?.(messages, file);
  };

  const importFile = async (file: File) => {
    onStart?.(file);
    if (file.size > reader.maxBytes) {
      refuse(file, [tooLarge(file.size, reader.maxBytes)]);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      refuse(file, [unreadable]);
      return;
    }
    const result = reader.parse(text);
    if (!result.ok) {
      refuse(file, result.errors);
      return;
    }
    setErrors([]);
    onImport(result.value, file);
  };

  return {
    errors,
    importFile,
    onChange: (event) => {
      const input = event.currentTarget;
      const file = input.files?.[0];
      input.value = '';
      if (file) void importFile(file);
    },
  };
}
