import { describe, expect, it } from 'vitest';
import { channelNamed, inferChannel } from '../../core/src/import/names/infer-channel.js';
import { splitCell } from '../../core/src/import/csv/split-cell.js';
import { splitTouchpoint } from '../../core/src/import/names/split-touchpoint.js';

describe('splitCell', () => {
  it.each([
    ['Voit une pub', ['Voit une pub']],
    ['Voit une pub\nLit un avis', ['Voit une pub', 'Lit un avis']],
    ['Voit une pub\r\nLit un avis\r\n', ['Voit une pub', 'Lit un avis']],
    ['Instagram | Site web', ['Instagram', 'Site web']],
    ['a|b', ['a|b']],
    ['  \n  \n', []],
    ['- Voit une pub\n- Lit un avis', ['Voit une pub', 'Lit un avis']],
    ['• Voit une pub\n• Lit un avis', ['Voit une pub', 'Lit un avis']],
    ['1. Remplit\n2. Signe', ['Remplit', 'Signe']],
    ['- 10 % de remise', ['- 10 % de remise']],
    ['- Voit une pub\nLit un avis', ['- Voit une pub', 'Lit un avis']],
    ["'=HYPERLINK(x)", ['=HYPERLINK(x)']],
    ["''=texte", ["'=texte"]],
    ["'simple quote", ["'simple quote"]],
  ])('splits %j into %j', (cell, cards) => {
    expect(splitCell(cell)).toEqual(cards);
  });
});

describe('splitTouchpoint', () => {
  it.each([
    ['Instagram (social)', { text: 'Instagram', channel: 'social' }],
    ['Appli mobile (app)', { text: 'Appli mobile', channel: 'app' }],
    ['Guichet (Paris)', { text: 'Guichet (Paris)', channel: 'store' }],
    ['Site web', { text: 'Site web', channel: 'web' }],
    ['Ami (bouche-à-oreille)', { text: 'Ami (bouche-à-oreille)' }],
    ['Courrier (mail)', { text: 'Courrier', channel: 'mail' }],
    ['Hotline (phone)', { text: 'Hotline', channel: 'phone' }],
  ])('reads %j', (cell, touchpoint) => {
    expect(splitTouchpoint(cell)).toEqual(touchpoint);
  });
});

describe('inferChannel', () => {
  it.each([
    ['app', 'app'],
    ['Appli SNCF Connect', 'app'],
    ['App store listing', 'app'],
    ['Site internet', 'web'],
    ['E-mail de confirmation', 'email'],
    ['Mail de bienvenue', 'email'],
    ['Courrier postal', 'mail'],
    ['Appel au service client', 'phone'],
    ['SMS', 'phone'],
    ['Conseiller en agence', 'store'],
    ['Réseaux sociaux', 'social'],
    ['WhatsApp', 'chat'],
    ['Chat en ligne', 'chat'],
    ['Autre', 'other'],
    ['Ami', undefined],
  ])('finds the channel of %j', (text, channel) => {
    expect(inferChannel(text)).toBe(channel);
  });
});

describe('channelNamed', () => {
  it.each([
    ['mail', 'mail'],
    ['Mail', 'mail'],
    ['email', 'email'],
    ['Téléphone', 'phone'],
    ['web', 'web'],
    ['', undefined],
  ])('reads the channel cell %j', (text, channel) => {
    expect(channelNamed(text)).toBe(channel);
  });
});
