import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "./_components/trpc/provider";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Triple Crown", template: "%s · Triple Crown" },
  description: "Run customer-experience change the Outside-In way: better experience, lower cost, more revenue.",
};

/** The element whose arrival ends render blocking: it follows everything the page renders on the server. */
const END_OF_PAGE = "end-of-page";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* The first frame waits for the page's own HTML (up to the marker below), not just its header: without this a
            long page painted its header alone, then its content a frame later (decision 055). */}
        <link rel="expect" href={`#${END_OF_PAGE}`} blocking="render" />
      </head>
      <body>
        <Providers>{children}</Providers>
        <div id={END_OF_PAGE} hidden />
      </body>
    </html>
  );
}
