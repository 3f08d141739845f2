import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/app/App';
import { dbOpen } from '../../renderer/db/schema';
import { i18nInit } from '../../renderer/i18n';
import { browserPlatform, type Platform } from '../../renderer/platform';

async function openSettings(platform: Platform) {
  const user = userEvent.setup();
  render(<App db={dbOpen(`settings-${Date.now()}`)} i18n={i18nInit('en')} platform={platform} />);
  await user.type(await screen.findByLabelText('Your name'), 'Sanne');
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(await screen.findByRole('link', { name: 'Settings' }));
  await screen.findByRole('heading', { level: 1, name: 'Settings of this device' });
  return user;
}

describe('settings page', () => {
  it('switches desktop notifications through the shell and shows the state the shell answers', async () => {
    let enabled = true;
    const notificationsSetting = vi.fn(async (next?: boolean) => {
      if (next !== undefined) enabled = next;
      return { ok: true as const, value: { enabled } };
    });
    const platform: Platform = {
      ...browserPlatform,
      kind: 'desktop',
      notificationsSetting,
      appInfo: async () => ({
        ok: true,
        value: { version: '1.2.3', dataFolder: '/home/sanne/.config/Crisis Room', platform: 'linux' },
      }),
    };
    const user = await openSettings(platform);
    const box = screen.getByRole('checkbox', {
      name: 'Notify me of approval requests and conflicting edits',
    });
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
    await user.click(box);
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(false));
    expect(notificationsSetting).toHaveBeenLastCalledWith(false);
    expect(enabled).toBe(false);
    expect(screen.getByText('Data: /home/sanne/.config/Crisis Room')).toBeTruthy();
  });

  it('says that notifications belong to the desktop app in a browser', async () => {
    await openSettings(browserPlatform);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText('Desktop notifications are part of the desktop app.')).toBeTruthy();
  });
});
