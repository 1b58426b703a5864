import { describe, expect, it } from "vitest";
import { screenFromHeaders } from "@/app/_components/screen/screen-from-headers";

const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const FIREFOX_ANDROID = "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0";
const IPAD = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
const FIREFOX_DESKTOP = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

const from = (entries: Record<string, string>) => screenFromHeaders(new Headers(entries));

describe("screenFromHeaders: which layout a request's screen most likely shows", () => {
  it("trusts Chromium's Sec-CH-UA-Mobile hint first, whatever the user agent says", () => {
    expect(from({ "sec-ch-ua-mobile": "?1", "user-agent": FIREFOX_DESKTOP })).toBe("phone");
    expect(from({ "sec-ch-ua-mobile": "?0", "user-agent": IPHONE })).toBe("wide");
  });

  it("without the hint, takes a phone's user agent (Safari on iPhone, Firefox on Android) as a phone", () => {
    expect(from({ "user-agent": IPHONE })).toBe("phone");
    expect(from({ "user-agent": FIREFOX_ANDROID })).toBe("phone");
  });

  it("does not guess for other browsers (an iPad says it is a Mac), nor for a request that says nothing", () => {
    expect(from({ "user-agent": IPAD })).toBeNull();
    expect(from({ "user-agent": FIREFOX_DESKTOP })).toBeNull();
    expect(from({})).toBeNull();
    expect(from({ "sec-ch-ua-mobile": "maybe" })).toBeNull();
  });
});
