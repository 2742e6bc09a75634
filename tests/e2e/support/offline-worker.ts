// Drives the service worker in a Playwright page: wait until it controls the page, and save a set for offline reading.
import { expect, type Page } from '@playwright/test';

/** Opens `path` and waits until the service worker controls the page. */
export async function openWithWorker(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Presses "Make available offline" and waits for the done state; returns the size the control showed first. */
export async function saveForOffline(page: Page): Promise<string> {
  const control = page.locator('[data-offline-save]');
  const status = control.locator('[data-offline-status]');
  await expect(status).toContainText(/\d+(\.\d)? [KM]B to download/);
  const size = (await status.textContent()) ?? '';
  await control.getByRole('button', { name: /Make available offline/ }).click();
  await expect(status).toContainText('Available offline on this device', { timeout: 60_000 });
  return size;
}
