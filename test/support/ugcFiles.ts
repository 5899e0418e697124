import sharp, { type Sharp } from 'sharp'

/**
 * Photos drawn at test time, so no binary fixtures are checked in. Two scenes with different
 * layouts stand for two different photos; recompressing or resizing one keeps it the same photo.
 */
export function scenePhoto(scene: 'breakfast' | 'lipstick', width = 800, height = 600): Sharp {
  const shapes =
    scene === 'breakfast'
      ? `<circle cx="260" cy="300" r="180" fill="#f4d35e"/><rect x="480" y="120" width="220" height="360" rx="30" fill="#3d5a80"/>
         <circle cx="260" cy="300" r="70" fill="#ee964b"/>`
      : `<rect x="80" y="60" width="640" height="140" fill="#9a031e"/><polygon points="400,220 700,560 100,560" fill="#0f4c5c"/>
         <circle cx="650" cy="130" r="40" fill="#fb8b24"/>`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fefae0"/><stop offset="1" stop-color="#606c38"/></linearGradient></defs>
    <rect width="800" height="600" fill="url(#g)"/>${shapes}</svg>`
  return sharp(Buffer.from(svg)).resize(width, height)
}

/** A JPEG with the EXIF a phone writes: camera, and where the photo was taken. */
export const photoWithGps = (): Promise<Buffer> =>
  scenePhoto('breakfast')
    .jpeg()
    .withExif({
      IFD0: { Make: 'ZhongcaoPhone', Model: 'Test 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' },
    })
    .toBuffer()

/** An image whose header promises 10000×10000 pixels from a file of a few hundred kilobytes. */
export const pixelBomb = (): Promise<Buffer> =>
  sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#000' } })
    .png()
    .toBuffer()

export const truncated = (file: Buffer): Buffer => file.subarray(0, Math.floor(file.length / 2))

export const textFile = (): Buffer => Buffer.from('这不是图片 / not an image at all\n'.repeat(20))

/** The first bytes of a Linux executable and of a Windows one. */
export const elfExecutable = (): Buffer => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)])
export const peExecutable = (): Buffer => {
  const file = Buffer.alloc(256)
  file.write('MZ', 0, 'latin1')
  file.writeUInt32LE(0x80, 0x3c)
  file.write('PE\0\0', 0x80, 'latin1')
  return file
}

/** A PNG of noise: it does not compress, so its size is about the bytes asked for. */
export const noisePhoto = (bytes: number): Promise<Buffer> => {
  const side = Math.ceil(Math.sqrt(bytes / 3))
  const pixels = Buffer.alloc(side * side * 3)
  for (let index = 0; index < pixels.length; index++) pixels[index] = (index * 2654435761) >>> 24
  return sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer()
}
