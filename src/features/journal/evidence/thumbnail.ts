// Small JPEG previews of image evidence, made in the browser; the original is never altered.
export const THUMB_PX = 320;

/** Null for anything that is not a decodable image (PDF, audio, HEIC on most browsers). */
export async function makeThumbnail(file: Blob, width = THUMB_PX, quality = 0.8): Promise<Blob | null> {
  if (!file.type.startsWith('image/') || typeof createImageBitmap !== 'function') return null;
  // Asking the decoder for the small size (height follows the aspect ratio) spares a
  // full-size canvas, which is what runs a phone out of memory on a 20 MB photo.
  const bitmap = await createImageBitmap(file, { resizeWidth: width, resizeQuality: width > THUMB_PX ? 'high' : 'medium' });
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0);
    return await canvas.convertToBlob({ type: 'image/jpeg', quality });
  } finally {
    bitmap.close();
  }
}
