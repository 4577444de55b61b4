import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Refusal } from './mutation';
import { decodePhoto, PHOTO_MAX_BYTES } from './photo';

const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size - 4, 7)]);
const codeOf = (data: string) => {
  try {
    decodePhoto(data);
    return null;
  } catch (err) {
    return (err as Refusal).errors[0]!.code;
  }
};

describe('evidence photos', () => {
  it('knows a JPEG by its bytes and fixes its hash', () => {
    const photo = decodePhoto(`data:image/jpeg;base64,${jpeg(1000).toString('base64')}`);
    expect(photo.contentType).toBe('image/jpeg');
    expect(photo.bytes.length).toBe(1000);
    expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('knows PNG and WebP', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(20)]);
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), Buffer.alloc(20)]);
    expect(decodePhoto(png.toString('base64')).contentType).toBe('image/png');
    expect(decodePhoto(webp.toString('base64')).contentType).toBe('image/webp');
  });

  it('refuses what is not an image of an accepted kind, whatever it claims', () => {
    expect(codeOf(`data:image/jpeg;base64,${Buffer.from('<svg onload=alert(1)>').toString('base64')}`)).toBe('PHOTO_FORMAT');
    expect(codeOf('not base64 at all!')).toBe('PHOTO_FORMAT');
    expect(codeOf('')).toBe('PHOTO_FORMAT');
  });

  it('refuses a photo over the limit before decoding it', () => {
    expect(codeOf(jpeg(PHOTO_MAX_BYTES).toString('base64'))).toBeNull();
    expect(codeOf(jpeg(PHOTO_MAX_BYTES + 3).toString('base64'))).toBe('PHOTO_TOO_LARGE');
  });
});
