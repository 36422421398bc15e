import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { SeedIssue } from './seed-issue';

/** Larger seed files are refused unread: the whole graph of 100k nodes fits in far less. */
export const MAX_SEED_FILE_BYTES = 64 * 1024 * 1024;

/** What a file-system error means for someone fixing the seeds folder, by Node's error code. */
const FS_PROBLEMS: Record<string, string> = {
  EISDIR: 'is a folder; a file was expected here',
  ENOTDIR: 'is a file; a folder was expected here',
  ENOENT: 'does not exist',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (operation not permitted)',
  ELOOP: 'is a symbolic link that loops',
  EMFILE: 'cannot be opened (too many open files)',
};

function fsProblem(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  return FS_PROBLEMS[code] ?? `cannot be read (${code || 'unknown error'})`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Where the first byte that is not UTF-8 lies: 1-based line, and the byte itself. */
function firstBadByte(bytes: Uint8Array): { line: number; byte: number } {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    const sequence = bytes.subarray(i, i + length);
    if (length === 0 || sequence.length < length) return { line, byte: b };
    try {
      utf8.decode(sequence);
    } catch {
      return { line, byte: b };
    }
    if (b === 0x0a) line++;
    i += length;
  }
  return { line, byte: 0 };
}

/**
 * Reads one seed file as UTF-8 text, or reports why it cannot be, naming the file: a folder where
 * a file should be, a missing or unreadable file, a file too large, or text in another encoding
 * (a Latin-1 file would otherwise be served as "Comit� National…"). `file` is the path shown.
 */
export function readSeedText(path: string, file: string, issues: SeedIssue[]): string | undefined {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_SEED_FILE_BYTES) {
      issues.push({
        file,
        message: `is ${size.toLocaleString('en')} bytes; seed files may be at most ${MAX_SEED_FILE_BYTES.toLocaleString('en')}`,
      });
      return undefined;
    }
    bytes = readFileSync(path);
  } catch (error) {
    issues.push({ file, message: fsProblem(error) });
    return undefined;
  }
  try {
    // A byte-order mark is dropped, as editors add one.
    return utf8.decode(bytes);
  } catch {
    const { line, byte } = firstBadByte(bytes);
    issues.push({
      file,
      line,
      message: `is not UTF-8 text (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}); save it as UTF-8`,
    });
    return undefined;
  }
}

/** The names in a seed folder, sorted, or none (with an issue naming the folder) when it cannot be listed. */
export function listSeedFolder(path: string, folder: string, issues: SeedIssue[]): string[] {
  try {
    return readdirSync(path).sort();
  } catch (error) {
    issues.push({ file: folder, message: fsProblem(error) });
    return [];
  }
}
