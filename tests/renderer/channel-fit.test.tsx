import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ChannelKind } from '../../shared/domain/channel';
import { ChannelFitMeter } from '../../renderer/features/drafts/ChannelFitMeter';
import { i18nInit, type Language } from '../../renderer/i18n';

function meter(kind: ChannelKind, channelName: string, body: string, language: Language = 'en') {
  const i18n = i18nInit(language);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ChannelFitMeter kind={kind} channelName={channelName} body={body} />
    </I18nextProvider>,
  );
  const rerender = (next: string) =>
    view.rerender(
      <I18nextProvider i18n={i18n}>
        <ChannelFitMeter kind={kind} channelName={channelName} body={next} />
      </I18nextProvider>,
    );
  const name = language === 'en' ? `Fit for ${channelName}` : `Past op ${channelName}`;
  return { region: screen.getByRole('region', { name }), rerender };
}

describe('channel fit meter', () => {
  it('counts as X does and warns in words once the text is over the limit', () => {
    const { region, rerender } = meter('x', '@acme', `Update: https://example.com/${'a'.repeat(80)}`);
    expect(within(region).getByText('31 / 280')).toBeTruthy();
    expect(within(region).getByRole('meter', { name: 'Length on @acme' }).getAttribute('value')).toBe('31');
    expect(within(region).queryByRole('alert')).toBeNull();
    expect(
      within(region).getByText('On X every link counts as 23 characters, however long it is.'),
    ).toBeTruthy();

    rerender('a'.repeat(290));
    expect(within(region).getByText('290 / 280')).toBeTruthy();
    expect(within(region).getByRole('alert').textContent).toBe(
      '⚠ Over the limit by 10: @acme will not take this text. Shorten it.',
    );
  });

  it('shows room left near the limit', () => {
    const { region } = meter('x', '@acme', 'a'.repeat(270));
    expect(within(region).getByRole('list', { name: 'Advice for @acme' }).textContent).toBe('Room left: 10.');
  });

  it('shows SMS parts, encoding and the characters that force Unicode', () => {
    const { region } = meter('sms', 'SMS alert', `Bewoners geëvacueerd. ${'a'.repeat(100)}`);
    expect(within(region).getByText('2 text messages · UCS-2 · 67 characters per text')).toBeTruthy();
    const advice = within(region).getByRole('list', { name: 'Advice for SMS alert' });
    expect(within(advice).getByText(/Goes out as 2 texts/)).toBeTruthy();
    expect(within(advice).getByText(/outside the SMS alphabet \(ë\)/)).toBeTruthy();
  });

  it('gives reading time on the phone line, in Dutch too', () => {
    const words = Array.from({ length: 200 }, () => 'woord').join(' ');
    const { region } = meter('phoneLine', 'Telefooncentrale', words, 'nl');
    expect(within(region).getByText('1.199 tekens, geen limiet')).toBeTruthy();
    expect(within(region).queryByRole('meter')).toBeNull();
    expect(
      within(region).getByText('Ongeveer 1:20 om voor te lezen (200 woorden, 150 per minuut).'),
    ).toBeTruthy();
    expect(within(region).getByText(/Langer dan 60 seconden/)).toBeTruthy();
  });
});
