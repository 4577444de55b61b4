/**
 * 现场照片 on the phone: a camera photo is several MB; what is kept and sent is the photo scaled
 * to at most 1600 px and re-encoded as JPEG (which also drops the camera's metadata), stepping
 * the quality down until it fits under the server's limit with room to spare.
 */
const LONGEST_SIDE = 1600;
/** Under the server's 600 KB (PHOTO_MAX_BYTES), so a photo that leaves the phone is never refused for size. */
export const PHOTO_BUDGET_BYTES = 500_000;
export const PHOTOS_PER_RECORD = 4;

export async function compressPhoto(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  let scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height));
  try {
    for (let attempt = 0; attempt < 6; attempt++) {
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', attempt < 3 ? 0.8 - attempt * 0.15 : 0.5));
      if (blob && blob.size <= PHOTO_BUDGET_BYTES) return dataUrlOf(blob);
      if (attempt >= 2) scale *= 0.7; // quality alone did not do it: smaller too
    }
  } finally {
    bitmap.close();
  }
  throw new Error('照片过大，无法压缩到 500 KB 以内');
}

const dataUrlOf = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('读取照片失败'));
    reader.readAsDataURL(blob);
  });
