import { Writable } from 'node:stream';
import { constants as zlibConstants, crc32, createDeflateRaw, DeflateRaw } from 'node:zlib';

/**
 * A streaming ZIP writer (PKWARE APPNOTE 4.3: local headers with data descriptors, a central directory at the end), just
 * what an .xlsx needs: entries written one after another, deflated on zlib's thread pool at a chosen level, with the
 * output's backpressure honoured. No ZIP64: an entry or the archive over 4 GiB is refused (an export is capped far below).
 */
export class ZipWriter {
  private offset = 0;
  private readonly entries: { name: Buffer; crc: number; compressed: number; size: number; offset: number }[] = [];
  private failure: Error | null = null;
  private readonly failed: Promise<never>;
  private fail!: (e: Error) => void;

  constructor(
    private readonly out: Writable,
    private readonly level = 1,
  ) {
    this.failed = new Promise<never>((_, reject) => {
      this.fail = (e) => {
        this.failure ??= e;
        reject(this.failure);
      };
    });
    this.failed.catch(() => undefined);
    const gone = () => this.fail(new Error('ZIP output closed before the archive was finished'));
    out.once('error', (e: Error) => this.fail(e));
    out.once('close', gone);
  }

  private async write(chunk: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    this.offset += chunk.length;
    if (!this.out.write(chunk)) await Promise.race([new Promise((resolve) => this.out.once('drain', resolve)), this.failed]);
  }

  /** Writes one entry whose content arrives through `produce`'s `write` (awaited for backpressure). */
  async entry(name: string, produce: (write: (text: string) => Promise<void>) => Promise<void>): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    const offset = this.offset;
    // Flags: bit 3 (sizes and CRC in the data descriptor), bit 11 (UTF-8 names).
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10); // time 00:00
    local.writeUInt16LE(0x21, 12); // date 1980-01-01
    local.writeUInt16LE(nameBytes.length, 26);
    await this.write(Buffer.concat([local, nameBytes]));

    const deflate: DeflateRaw = createDeflateRaw({ level: this.level, memLevel: 9, strategy: zlibConstants.Z_DEFAULT_STRATEGY });
    let crc = 0;
    let size = 0;
    let compressed = 0;
    let pending: Promise<void> = Promise.resolve();
    deflate.on('data', (chunk: Buffer) => {
      compressed += chunk.length;
      this.offset += chunk.length;
      if (!this.out.write(chunk)) {
        deflate.pause();
        pending = Promise.race([new Promise<void>((resolve) => this.out.once('drain', () => (deflate.resume(), resolve()))), this.failed]);
      }
    });
    const ended = Promise.race([
      new Promise<void>((resolve, reject) => {
        deflate.once('end', resolve);
        deflate.once('error', reject);
      }),
      this.failed,
    ]);
    ended.catch(() => undefined);
    const write = async (text: string) => {
      if (this.failure) throw this.failure;
      const bytes = Buffer.from(text, 'utf8');
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await Promise.race([new Promise((resolve) => deflate.once('drain', resolve)), this.failed]);
      await pending;
    };
    try {
      await produce(write);
      deflate.end();
      await ended;
    } catch (e) {
      deflate.destroy();
      throw e;
    }
    if (size > 0xffffffff || compressed > 0xffffffff || this.offset > 0xffffffff) throw new Error('ZIP64 is not supported');
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.write(descriptor);
    this.entries.push({ name: nameBytes, crc: crc >>> 0, compressed, size, offset });
  }

  /** The central directory and its end record; then the output is ended. */
  async finish(): Promise<void> {
    const start = this.offset;
    const parts: Buffer[] = [];
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0808, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(0, 12);
      h.writeUInt16LE(0x21, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      parts.push(h, e.name);
    }
    const directory = Buffer.concat(parts);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(start, 16);
    await this.write(Buffer.concat([directory, end]));
    await Promise.race([new Promise<void>((resolve) => this.out.end(resolve)), this.failed]);
  }
}
