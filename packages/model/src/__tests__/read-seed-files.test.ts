import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSeeds, loadSeeds } from '../seeds/load-seeds';
import { cutForMessage } from '../seeds/cut-for-message';
import { SeedValidationError, formatSeedIssue } from '../seeds/seed-issue';

const GOOD = join(__dirname, 'fixtures/good-seeds');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A writable copy of the good fixture, changed by `change`. */
function copyWith(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-seed-files-'));
  dirs.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  change(dir);
  return dir;
}

const messages = (dir: string): string[] => checkSeeds(dir).issues.map(formatSeedIssue);

describe('reading seed files', () => {
  it('refuses a file that is not UTF-8, naming the file and the line', () => {
    const dir = copyWith((d) => {
      const path = join(d, 'nodes/institutions.yaml');
      const text = readFileSync(path, 'utf8').replace(/\n$/, '') + '\n# Comité National\n';
      writeFileSync(path, Buffer.from(text, 'latin1'));
    });
    // The first byte that is not ASCII is where the file stops being UTF-8 (the fixture's own
    // French names come before the appended line once the whole file is Latin-1).
    const bytes = readFileSync(join(dir, 'nodes/institutions.yaml'));
    const at = bytes.findIndex((b) => b > 0x7f);
    const line = bytes.subarray(0, at).toString('latin1').split('\n').length;
    const byte = bytes[at]!.toString(16).toUpperCase();
    // The file's entries are not loaded, so what refers to them is reported too.
    expect(messages(dir)[0]).toBe(
      `nodes/institutions.yaml:${line}: is not UTF-8 text (byte 0x${byte}); save it as UTF-8`,
    );
    expect(() => loadSeeds(dir)).toThrow(SeedValidationError);
  });

  it('refuses an article text that is not UTF-8', () => {
    const dir = copyWith((d) =>
      writeFileSync(join(d, 'sources/article.txt'), Buffer.from([0x43, 0x6f, 0xe9, 0x0a])),
    );
    expect(messages(dir)).toContainEqual(
      'sources/article.txt:1: is not UTF-8 text (byte 0xE9); save it as UTF-8',
    );
  });

  it('accepts UTF-8 with a byte-order mark', () => {
    const dir = copyWith((d) => {
      const path = join(d, 'nodes/institutions.yaml');
      writeFileSync(path, '\ufeff' + readFileSync(path, 'utf8'));
    });
    expect(messages(dir)).toEqual([]);
  });

  it('names the file of a YAML alias bomb instead of stopping with no file name', () => {
    const bomb = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(10)
          .fill(`*${i === 1 ? 'a' : 'b'.repeat(i - 1)}`)
          .join(', ')}]`,
      );
    const dir = copyWith((d) => writeFileSync(join(d, 'nodes/bomb.yaml'), `- ${bomb.join('\n  ')}\n`));
    expect(messages(dir)).toEqual([
      'nodes/bomb.yaml: YAML aliases expand too much (more than 100); write the entries out in full',
    ]);
  });

  it('names a folder found where a file is expected, and a file where a folder is', () => {
    const dir = copyWith((d) => {
      mkdirSync(join(d, 'relations/more.yaml'));
      mkdirSync(join(d, 'sources/notes'));
    });
    expect(messages(dir)).toEqual([
      'sources/notes: is a folder; a file was expected here',
      'relations/more.yaml: is a folder; a file was expected here',
    ]);
    const other = copyWith((d) => {
      rmSync(join(d, 'nodes'), { recursive: true });
      writeFileSync(join(d, 'nodes'), 'not a folder');
    });
    expect(messages(other)).toContainEqual('nodes: is a file; a folder was expected here');
  });

  it('names the file of every YAML syntax error', () => {
    const dir = copyWith((d) => writeFileSync(join(d, 'nodes/broken.yaml'), '- id: [unclosed\n'));
    expect(messages(dir)).toEqual([expect.stringMatching(/^nodes\/broken\.yaml:\d+: YAML syntax: /)]);
  });

  it('cuts long values in messages, saying how long they were', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const dir = copyWith((d) => {
      const path = join(d, 'nodes/institutions.yaml');
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(/establishedOn: .*/, `establishedOn: "${huge}"`),
      );
    });
    const [printed] = messages(dir);
    expect(printed).toMatch(/^nodes\/institutions\.yaml:1 › tl-committee › establishedOn: "xxx/);
    expect(printed!.length).toBeLessThan(500);
    expect(printed).toMatch(/… \(cut; 10,485,\d{3} characters in all\)$/);
    expect(cutForMessage('short')).toBe('short');
  });
});
