import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '../../common/errors';

/** A request body received into a temporary file, hashed on the way. */
export interface ReceivedFile {
  path: string;
  size: number;
  sha256: string;
  /** The first bytes, enough to tell the file type by content. */
  head: Buffer;
}

const HEAD_BYTES = 16;

export class UploadTooLarge extends Error {}

/**
 * Streams a request body into `dir` (a temporary name), never holding it in memory. Stops reading and deletes the
 * partial file as soon as it passes `maxBytes`, or when the client goes away. The caller moves the file into the store
 * on success and deletes it on every other outcome.
 */
export function receiveToTempFile(body: Readable, dir: string, maxBytes: number): Promise<ReceivedFile> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${crypto.randomUUID()}.part`);
  const out = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 });
  const hash = crypto.createHash('sha256');
  const heads: Buffer[] = [];
  let size = 0;
  let headSize = 0;
  return new Promise<ReceivedFile>((resolve, reject) => {
    let settled = false;
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      body.unpipe(out);
      body.off('data', onData);
      // Whatever is still coming is read and dropped by the HTTP server once the answer is sent.
      body.resume();
      out.destroy();
      fs.rm(file, { force: true }, () => reject(e));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return fail(new UploadTooLarge());
      hash.update(chunk);
      if (headSize < HEAD_BYTES) {
        heads.push(chunk);
        headSize += chunk.length;
      }
    };
    body.on('data', onData);
    body.on('close', () => {
      if (!body.readableEnded) fail(new AppError('BAD_REQUEST', '上传未完成，连接已中断'));
    });
    body.on('error', (e) => fail(e));
    out.on('error', (e) => fail(e));
    out.on('finish', () => {
      if (settled) return;
      settled = true;
      resolve({ path: file, size, sha256: hash.digest('hex'), head: Buffer.concat(heads).subarray(0, HEAD_BYTES) });
    });
    body.pipe(out);
  });
}

/** The same, for content already in memory. */
export function writeTempFile(dir: string, content: Buffer): ReceivedFile {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${crypto.randomUUID()}.part`);
  fs.writeFileSync(file, content, { flag: 'wx', mode: 0o600 });
  return {
    path: file,
    size: content.length,
    sha256: crypto.createHash('sha256').update(content).digest('hex'),
    head: content.subarray(0, HEAD_BYTES),
  };
}
