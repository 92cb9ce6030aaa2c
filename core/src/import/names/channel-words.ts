import type { Channel } from '../../model/journey.js';

/**
 * Words that name a channel in a touchpoint or channel cell, French and English, compared as
 * normalised keys (lower case, no accents). Multi-word entries match as a phrase.
 */
export const CHANNEL_WORDS: Record<Channel, readonly string[]> = {
  web: ['web', 'site', 'site web', 'site internet', 'website', 'internet', 'online', 'en ligne', 'navigateur', 'browser', 'portail', 'portal', 'google', 'moteur de recherche', 'search engine', 'landing page', 'page web', 'espace client', 'webpage'],
  app: ['app', 'apps', 'application', 'appli', 'application mobile', 'mobile app', 'ios', 'android', 'app store', 'play store', 'smartphone'],
  email: ['email', 'e-mail', 'emails', 'mail', 'mails', 'courriel', 'newsletter'],
  phone: ['phone', 'telephone', 'téléphone', 'tel', 'appel', 'call', 'call center', 'centre d appels', 'hotline', 'sms', 'texto', 'service client telephonique'],
  store: ['store', 'shop', 'magasin', 'boutique', 'agence', 'branch', 'guichet', 'counter', 'comptoir', 'point de vente', 'kiosk', 'borne', 'in store', 'en magasin', 'en agence', 'physique'],
  social: ['social', 'reseaux sociaux', 'reseau social', 'social media', 'instagram', 'facebook', 'twitter', 'linkedin', 'tiktok', 'youtube', 'pinterest', 'snapchat', 'forum', 'reddit'],
  chat: ['chat', 'tchat', 'chatbot', 'bot', 'live chat', 'messenger', 'whatsapp', 'messagerie instantanee', 'assistant virtuel'],
  mail: ['courrier', 'courrier postal', 'lettre', 'letter', 'postal mail', 'la poste', 'brochure', 'catalogue', 'catalog', 'flyer', 'prospectus'],
  other: ['other', 'autre', 'autres'],
};
