import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The attachment store: files content-addressed by SHA-256 (uploadDir/ab/abcdef…), written atomically, so an aborted
 * transaction leaves at most a harmless orphan and the same file uploaded twice is stored once.
 */
export function storedFilePath(uploadDir: string, sha256: string): string {
  return path.join(uploadDir, sha256.slice(0, 2), sha256);
}

export function storeFile(uploadDir: string, content: Buffer): string {
  const sha256 = crypto.createHash('sha256').update(content).digest('hex');
  const target = storedFilePath(uploadDir, sha256);
  if (!fs.existsSync(target)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${crypto.randomUUID()}.tmp`;
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, target);
  }
  return sha256;
}
