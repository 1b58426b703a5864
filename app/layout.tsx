import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "./_components/trpc/provider";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Triple Crown", template: "%s · Triple Crown" },
  description: "Run customer-experience change the Outside-In way: better experience, lower cost, more revenue.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
