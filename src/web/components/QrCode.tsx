import { Image } from '@mantine/core';

/** An SVG QR code made by the server, shown as an image with a description for screen readers. */
export function QrCode({ svg, alt, size = 200 }: { svg: string; alt: string; size?: number }) {
  return (
    <Image src={`data:image/svg+xml;base64,${btoa(svg)}`} alt={alt} w={size} h={size} mx="auto" />
  );
}
