import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser), or the one DH_CHROMIUM names. */
export const CHROMIUM_PATH = [process.env['DH_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => path !== undefined && path !== '' && existsSync(path),
);

/**
 * Whether the browser tests run. Where Chromium is absent they are skipped with a message, unless
 * DH_REQUIRE_CHROMIUM is set (`.ci/run` sets it after installing Chromium): then they fail.
 */
export function browserTestsRun(what: string): boolean {
  if (CHROMIUM_PATH !== undefined) return true;
  if (process.env['DH_REQUIRE_CHROMIUM'] !== undefined)
    throw new Error(`${what} needs Chromium and DH_REQUIRE_CHROMIUM is set: install Debian's chromium (apt-get install chromium)`);
  console.warn(`skipped: ${what} needs Chromium (/usr/bin/chromium; apt-get install chromium, or set DH_CHROMIUM)`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
