import { formatJoinCode } from "@/domain/workshop/join-code";

export type JoinDetails = { code: string; qrSvg: string; shortUrl: string };

/** The code and QR code attendees join with, small in a corner or filling the screen. */
export function JoinPanel({ join, large = false, joinOpen }: { join: JoinDetails; large?: boolean; joinOpen: boolean }) {
  if (!joinOpen) {
    return <p className={`font-semibold ${large ? "text-4xl" : "text-base"}`}>Joining is closed</p>;
  }
  return (
    <div className={`flex items-center ${large ? "flex-col gap-6 text-center" : "gap-3"}`}>
      {/* The SVG comes from the qrcode library on the server, built from our own URL and code. */}
      <div
        role="img"
        aria-label={`QR code that opens ${join.shortUrl} with the code ${formatJoinCode(join.code)}`}
        className={`shrink-0 bg-white [&>svg]:h-full [&>svg]:w-full ${large ? "h-[min(45vh,28rem)] w-[min(45vh,28rem)]" : "h-20 w-20"}`}
        dangerouslySetInnerHTML={{ __html: join.qrSvg }}
      />
      <div>
        <p className={large ? "text-3xl" : "text-sm"}>
          Join at <strong className="break-all">{join.shortUrl.replace(/^https?:\/\//, "")}</strong>
        </p>
        <p className={`font-mono font-bold tracking-widest ${large ? "text-7xl" : "text-3xl"}`} data-testid="join-code">
          {formatJoinCode(join.code)}
        </p>
      </div>
    </div>
  );
}
