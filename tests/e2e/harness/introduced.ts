/**
 * Settings as the introduction leaves them (the respect pledge ticked), for a profile that
 * starts past it: nearly every test assumes a person who has been through it. As stored: one
 * sync storage item per setting (utils/settings.ts).
 */
export const INTRODUCED_SETTINGS = { 'setting.pledgeAcceptedAt': Date.UTC(2026, 0, 1) };
