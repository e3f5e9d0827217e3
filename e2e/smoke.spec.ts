import { expect, test } from '@playwright/test';

test('the home page features the newest listed post', async ({ page }) => {
  await page.goto('/');
  const featured = page.getByRole('region', { name: /why openinfra’s move/i });
  await expect(featured.getByRole('link', { name: /Why OpenInfra’s Move to the Linux Foundation/ })).toBeVisible();
});
