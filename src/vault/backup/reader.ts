// Reads a backup (format: backup-format.ts) from a File chunk by chunk, checking every byte:
// header, key, each frame's place and tag, the MAC, and the content (via ContentChecker).
import { checksum, deriveKek, deriveSubkey, fromBase64, macStream, open, sameBytes, toHex, verifyTag, wipe, TAG_BYTES } from '../worker/crypto';
import { VaultError } from '../errors';
import {
  CHECK_BYTES, FINAL_PLAIN_BYTES, FRAME, FRAME_HEAD_BYTES, FRAME_PLAIN_BYTES, PREFIX_BYTES, SUBKEY_CONTEXT,
  decodeJson, frameAD, keyAD, parseHeader, parsePrefix, type BackupHeader, type BackupMeta,
} from './format';
import { ContentChecker, ItemParser } from './items';

/** What the reader needs of a File: nothing else, so tests can pass a fake "huge" one. */
export interface Readable { size: number; slice(start?: number, end?: number): Blob }

const READ_BYTES = 8 * 1024 * 1024;
/** Windows loading ahead of the one in use: reading the file, not checking it, bounds the verify pass. */
const AHEAD = 2;

/**
 * Sequential reads over a File in 8 MiB windows; the next windows load while this one is used.
 * A read inside the window is a view (no copy); only one straddling two windows is joined.
 */
export class ByteSource {
  private buf: Uint8Array = new Uint8Array(0);
  private at = 0;
  private ahead: Array<{ end: number; bytes: Promise<Uint8Array> }> = [];
  /** Where the next load starts (past the windows already loading). */
  private loadPos: number;

  constructor(private readonly file: Readable, private filePos: number) {
    this.loadPos = filePos;
  }

  get offset(): number {
    return this.filePos - (this.buf.length - this.at);
  }

  private load(start: number, end: number): Promise<Uint8Array> {
    const bytes = this.file.slice(start, end).arrayBuffer().then((b) => new Uint8Array(b), (error: unknown) => {
      // The file was moved or changed on disk after it was chosen.
      throw new VaultError('storage', error instanceof Error ? error.message : String(error));
    });
    bytes.catch(() => undefined); // reported when awaited
    return bytes;
  }

  private topUp(): void {
    while (this.ahead.length < AHEAD && this.loadPos < this.file.size) {
      const end = Math.min(this.file.size, this.loadPos + READ_BYTES);
      this.ahead.push({ end, bytes: this.load(this.loadPos, end) });
      this.loadPos = end;
    }
  }

  /** The next window of the file (already loading, usually); later ones start loading. */
  private async window(): Promise<Uint8Array> {
    this.topUp();
    const { end, bytes } = this.ahead.shift()!;
    this.topUp();
    const fresh = await bytes;
    this.filePos = end;
    return fresh;
  }

  /** Exactly n bytes, or fewer only at the end of the file. */
  async read(n: number): Promise<Uint8Array> {
    if (this.at === this.buf.length && this.filePos < this.file.size) {
      this.buf = await this.window();
      this.at = 0;
    }
    if (this.buf.length - this.at >= n) {
      const out = this.buf.subarray(this.at, this.at + n);
      this.at += n;
      return out;
    }
    const joined = new Uint8Array(n);
    let fill = 0;
    for (;;) {
      const take = Math.min(n - fill, this.buf.length - this.at);
      joined.set(this.buf.subarray(this.at, this.at + take), fill);
      fill += take;
      this.at += take;
      if (fill === n || this.filePos >= this.file.size) return joined.subarray(0, fill);
      this.buf = await this.window();
      this.at = 0;
    }
  }
}

export interface ParsedHeader {
  version: number;
  header: BackupHeader;
  /** Prefix + header + check, exactly as in the file (the MAC starts with them). */
  bytes: Uint8Array;
  id: Uint8Array;
}

export async function readBackupHeader(file: Readable): Promise<ParsedHeader> {
  const src = new ByteSource(file, 0);
  const prefix = (await src.read(PREFIX_BYTES)).slice();
  const { version, headerLength } = parsePrefix(prefix, file.size);
  const rest = await src.read(headerLength + CHECK_BYTES);
  if (rest.length < headerLength + CHECK_BYTES) throw new VaultError('backup-truncated');
  const bytes = new Uint8Array(PREFIX_BYTES + rest.length);
  bytes.set(prefix);
  bytes.set(rest, PREFIX_BYTES);
  const end = PREFIX_BYTES + headerLength;
  if (!sameBytes(checksum(bytes.subarray(0, end), CHECK_BYTES), bytes.subarray(end))) throw new VaultError('backup-damaged', 'header check');
  const header = parseHeader(bytes.subarray(PREFIX_BYTES, end));
  try {
    return { version, header, bytes, id: fromBase64(header.id) };
  } catch {
    throw new VaultError('backup-damaged', 'header id');
  }
}

/** Argon2id on the passphrase, then the backup key; the one slow step of an import. */
export function openBackupKey(parsed: ParsedHeader, passphrase: string): Uint8Array {
  const { header, version, id } = parsed;
  let salt: Uint8Array, nonce: Uint8Array, ct: Uint8Array;
  try {
    [salt, nonce, ct] = [fromBase64(header.kdf.salt), fromBase64(header.nonce), fromBase64(header.key)];
  } catch {
    throw new VaultError('backup-damaged', 'header fields');
  }
  if (salt.length !== 16 || nonce.length !== 24 || ct.length !== 48 || id.length !== 16) throw new VaultError('backup-damaged', 'header sizes');
  const pass = new TextEncoder().encode(passphrase.normalize('NFC'));
  const kek = deriveKek(pass, { alg: 'argon2id13', ops: header.kdf.ops, mem: header.kdf.mem, salt });
  wipe(pass);
  const key = open({ nonce, ct }, keyAD(version, id), kek);
  wipe(kek);
  if (!key) throw new VaultError('wrong-passphrase');
  return key;
}

const truncated = () => new VaultError('backup-truncated');
const damaged = (why: string) => new VaultError('backup-damaged', why);

/**
 * Decodes every frame after the header, yielding the file offset after each frame so the
 * caller can report progress and pause between steps.
 * With a checker, every frame is decrypted and its content checked item by item (the
 * authoritative pass). Without one (vetting the whole file before anything is written), each
 * data frame's tag is checked without decrypting it, and only the first frame (for the
 * summary, passed to onMeta) and the final frame are opened: every byte is still authenticated,
 * in order, at a fifth of the cost.
 */
export async function* decodeFrames(
  file: Readable, parsed: ParsedHeader, backupKey: Uint8Array, checker: ContentChecker | null, onMeta?: (meta: BackupMeta) => void,
): AsyncGenerator<number> {
  const src = new ByteSource(file, parsed.bytes.length);
  const ek = deriveSubkey(backupKey, 1, SUBKEY_CONTEXT);
  const mac = macStream(deriveSubkey(backupKey, 2, SUBKEY_CONTEXT));
  mac.update(parsed.bytes);
  const parser = new ItemParser();
  try {
    for (let index = 0; ; index++) {
      const head = (await src.read(FRAME_HEAD_BYTES)).slice();
      if (head.length < FRAME_HEAD_BYTES) throw truncated();
      const ctLength = new DataView(head.buffer).getUint32(0);
      const kind = head[4]!;
      const expected = kind === FRAME.data ? FRAME_PLAIN_BYTES + TAG_BYTES : kind === FRAME.final ? FINAL_PLAIN_BYTES + TAG_BYTES : -1;
      if (ctLength !== expected) throw damaged('frame head');
      const ct = await src.read(ctLength);
      if (ct.length < ctLength) throw truncated();
      const sealed = { nonce: head.subarray(5), ct };
      const ad = frameAD(parsed.version, parsed.id, index, kind);
      if (kind === FRAME.final) {
        const plain = open(sealed, ad, ek);
        if (!plain) throw damaged(`frame ${index}`);
        const final = decodeJson<{ frames: number; mac: string }>(plain);
        const ok = final?.frames === index && typeof final.mac === 'string' && final.mac === toHex(mac.final());
        if (!ok) throw damaged('mac');
        if (checker ? !parser.complete() || !checker.finished : index === 0) throw damaged('incomplete');
        if (src.offset !== file.size) throw damaged('trailing bytes');
        return;
      }
      if (checker || index === 0) {
        const plain = open(sealed, ad, ek);
        if (!plain) throw damaged(`frame ${index}`);
        const items = parser.feed(plain);
        if (checker) for (const item of items) await checker.item(item);
        else {
          // The summary: the meta item opens the stream (held to the format like any item).
          const first = new ContentChecker({ meta: onMeta }, false);
          if (!items[0]) throw damaged('no meta');
          await first.item(items[0]);
        }
        wipe(plain);
      } else if (!verifyTag(sealed, ad, ek)) throw damaged(`frame ${index}`);
      mac.update(head);
      mac.update(ct.subarray(ct.length - TAG_BYTES));
      yield src.offset;
    }
  } finally {
    wipe(ek);
  }
}
