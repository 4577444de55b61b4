import { createHash } from 'node:crypto';
import { refuse } from './mutation';

/**
 * 现场照片: evidence photos taken with a phone's camera and stored with the record they prove.
 * The phone scales and re-encodes each photo before it queues it (a 1600 px JPEG is a few
 * hundred KB), so the limit here leaves room for that and keeps one photo per request well
 * under the 1 MB request body every server accepts.
 */
export const PHOTO_MAX_BYTES = 600_000;

/** The formats a browser's camera capture or canvas gives, known by their first bytes, not by what the caller says. */
const SIGNATURES: Array<[contentType: string, matches: (b: Buffer) => boolean]> = [
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['image/webp', (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP'],
];

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface Photo {
  bytes: Buffer;
  contentType: string;
  /** Hex SHA-256 of the bytes: what the record proves is fixed when it is stored. */
  sha256: string;
}

/**
 * A photo sent as base64 (a data URL's prefix is allowed), refused with a coded error when it
 * is not base64, not an image of an accepted format, or larger than PHOTO_MAX_BYTES.
 */
export function decodePhoto(data: string, field = 'data'): Photo {
  const base64 = data.replace(/^data:[\w/+.-]+;base64,/, '').replace(/\s+/g, '');
  // checked on the text before decoding, so an oversized body is never held twice
  if (base64.length > Math.ceil(PHOTO_MAX_BYTES / 3) * 4) refuse('PHOTO_TOO_LARGE', `照片不能超过 ${PHOTO_MAX_BYTES / 1000} KB`, field);
  if (!base64 || base64.length % 4 !== 0 || !BASE64.test(base64)) refuse('PHOTO_FORMAT', '照片数据应为 base64 编码的 JPEG、PNG 或 WebP 图片', field);
  const bytes = Buffer.from(base64, 'base64');
  const contentType = SIGNATURES.find(([, matches]) => matches(bytes))?.[0];
  if (!contentType) refuse('PHOTO_FORMAT', '照片数据应为 base64 编码的 JPEG、PNG 或 WebP 图片', field);
  return { bytes, contentType, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** A stored photo as the browser shows it (an `<img src>`), served only after the record's access check. */
export const photoDataUrl = (contentType: string, bytes: Buffer): string => `data:${contentType};base64,${bytes.toString('base64')}`;
