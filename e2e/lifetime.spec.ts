import { encodeToken } from '../src/core/token/encode-token.ts';
import { expect, expectAccessible, openSection, test } from './fixtures.ts';

const NOW = Date.parse('2030-01-15T12:00:00Z');
const seconds = (ms: number) => Math.floor(ms / 1000);
const MINUTE = 60_000;

/** What makes a token a Microsoft access token: only those are set against the defaults. */
const MICROSOFT_ACCESS = {
  iss: 'https://sts.windows.net/5f2c8a1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b/',
  ver: '1.0',
  scp: 'User.Read',
};

function tokenLink(payload: Record<string, unknown>): string {
  const token = encodeToken({ alg: 'RS256', kid: 'k1' }, payload, new Uint8Array(32).fill(7));
  return `/#id_token=${token}`;
}

test('an expired token shows Expired in the Lifetime region', async ({ page }) => {
  await page.goto(
    tokenLink({
      ...MICROSOFT_ACCESS,
      sub: 'bob',
      iat: 1_300_815_780,
      nbf: 1_300_815_780,
      exp: 1_300_819_380,
    }),
  );
  await openSection(page, 'Lifetime');
  const lifetime = page.getByRole('region', { name: 'Lifetime' });
  await expect(lifetime).toContainText('Expired');
  await expect(lifetime).toContainText(/expired \d+ years ago/);
  await expect(lifetime).toContainText(
    '60 min — inside the default 60–90 min variation of Microsoft access tokens',
  );
  await expect(lifetime.getByRole('img')).toHaveAccessibleName(/^Timeline: Expired, expired/);
});

test('under a mocked clock a fresh token is Valid with the right time left, counting down', async ({
  page,
}) => {
  // The clock runs until the lazily loaded Lifetime section is on the page (React reveals
  // Suspense content on a timer), then stops at NOW so the countdown is exact.
  await page.clock.install({ time: NOW - 5 * MINUTE });
  await page.goto(
    tokenLink({
      ...MICROSOFT_ACCESS,
      sub: 'alice',
      iat: seconds(NOW - 33 * MINUTE),
      nbf: seconds(NOW - 33 * MINUTE),
      exp: seconds(NOW + 42 * MINUTE),
      auth_time: seconds(NOW - 2 * 60 * MINUTE),
    }),
  );
  await openSection(page, 'Lifetime');
  const lifetime = page.getByRole('region', { name: 'Lifetime' });
  await expect(lifetime).toBeVisible();
  await page.clock.pauseAt(NOW);
  await expect(lifetime).toContainText('Valid');
  await expect(lifetime).toContainText('expires in 42 min');
  await expect(lifetime.getByRole('timer')).toHaveText('42:00');
  await expect(lifetime).toContainText(
    '75 min — inside the default 60–90 min variation of Microsoft access tokens',
  );
  // The text equivalent of the chart, in UTC so it is the same for everyone.
  const moments = lifetime.getByRole('table');
  await expect(moments.getByRole('row', { name: /exp expires/ })).toContainText(
    '2030-01-15T12:42:00Z',
  );
  await expect(moments.getByRole('row', { name: /auth_time/ })).toContainText('2 h ago');

  await page.clock.runFor('01:00');
  await expect(lifetime.getByRole('timer')).toHaveText('41:00');
  await expect(lifetime).toContainText('expires in 41 min');
  // axe runs on timers: the helper resumes the paused clock first.
  await expectAccessible(page, '#lifetime');
});

test('a token whose nbf is ahead of the clock is Not yet valid', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto(
    tokenLink({ sub: 'carol', nbf: seconds(NOW + 30 * MINUTE), exp: seconds(NOW + 90 * MINUTE) }),
  );
  await openSection(page, 'Lifetime');
  const lifetime = page.getByRole('region', { name: 'Lifetime' });
  await expect(lifetime).toContainText('Not yet valid');
  await expect(lifetime).toContainText('becomes valid in 30 min');
});
