import QRCode from 'qrcode';

/** The address a product's QR code opens: the public certificate check. */
export const verifyUrl = (baseUrl: string, code: string) => `${baseUrl.replace(/\/$/, '')}/verify/${code}`;

// Medium error correction survives a scuffed label while keeping modules large enough to scan small.
export function productQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export function productQrPng(url: string, width = 512): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width });
}
