import "server-only";

import QRCode from "qrcode";

import { publicUrl } from "@/server/public-url";

/** The QR code attendees scan: the short join address with the code filled in, as SVG rendered here. */
export async function joinQr(code: string): Promise<{ code: string; qrSvg: string; shortUrl: string; url: string }> {
  const url = publicUrl(`/join?code=${encodeURIComponent(code)}`);
  const qrSvg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return { code, qrSvg, shortUrl: publicUrl("/join"), url };
}
