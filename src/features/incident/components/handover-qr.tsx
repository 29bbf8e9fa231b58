// The handover link as one QR code, for a phone across the table. The QR library is loaded only here, when the
// code is asked for; the code is drawn as an SVG path by React (no markup strings, no innerHTML).
import { useEffect, useState } from 'react';

/** One SVG path of the dark modules, with a 4-module quiet zone as the QR standard asks. */
async function drawQrPath(text: string): Promise<{ size: number; path: string }> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 4;
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) if (qr.isDark(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  }
  return { size: count + quiet * 2, path };
}

export function HandoverQr({ text }: { text: string }) {
  const [drawn, setDrawn] = useState<{ size: number; path: string } | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    drawQrPath(text).then(
      (result) => live && setDrawn(result),
      () => live && setDrawn('failed'),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (drawn === null) return <p aria-busy="true">Drawing the QR code…</p>;
  if (drawn === 'failed') return <p className="notice">The QR code could not be drawn. Copy the link or send the file.</p>;
  return (
    <figure className="handover-qr">
      <svg viewBox={`0 0 ${drawn.size} ${drawn.size}`} role="img" aria-label="QR code of the handover link" shapeRendering="crispEdges" data-testid="handover-qr">
        <rect width={drawn.size} height={drawn.size} fill="#fff" />
        <path d={drawn.path} fill="#000" />
      </svg>
      <figcaption className="muted small">Scan it with the phone’s camera; it opens the handover in the browser.</figcaption>
    </figure>
  );
}
