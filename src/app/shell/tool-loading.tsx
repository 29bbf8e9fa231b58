/**
 * What a tool page shows until its route chunk has arrived (tools.ts). It is also a tool page's prerendered
 * shell (prerender.tsx): without JavaScript it says so.
 */
export function ToolLoading({ children }: { children: string }) {
  return (
    <>
      <noscript>
        <p className="notice">This tool runs in your browser and needs JavaScript. Nothing you type is sent anywhere.</p>
      </noscript>
      <p className="loading">{children}</p>
    </>
  );
}
