import { describe, expect, it } from "vitest";
import { screenFromHeaders, screenFromNavigator } from "@/app/_components/screen/screen-from-headers";

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

  it("is made the same in the browser, from the hint and user agent it sent (navigator.userAgentData.mobile)", () => {
    const CHROME_DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
    for (const userAgent of [IPHONE, FIREFOX_ANDROID, IPAD, FIREFOX_DESKTOP, CHROME_DESKTOP]) {
      for (const mobile of [true, false, undefined]) {
        const sent: Record<string, string> = mobile === undefined ? {} : { "sec-ch-ua-mobile": mobile ? "?1" : "?0" };
        const browser = screenFromNavigator(mobile === undefined ? { userAgent } : { userAgent, userAgentData: { mobile } });
        expect(browser, `${userAgent} with mobile ${String(mobile)}`).toBe(from({ ...sent, "user-agent": userAgent }));
      }
    }
    expect(screenFromNavigator({ userAgent: CHROME_DESKTOP, userAgentData: { mobile: false } })).toBe("wide");
    expect(screenFromNavigator({ userAgent: IPHONE })).toBe("phone");
    expect(screenFromNavigator({ userAgent: FIREFOX_DESKTOP })).toBeNull();
  });
});
