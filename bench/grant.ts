import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Headless Chromium cannot answer the browser's permission prompt, so an optional permission
// the user has granted is written into a closed profile the way Chromium stores one (the same
// logic as tests/e2e/harness/chromium.ts). The profile must have run the extension once.

interface ExtensionPrefs {
  path?: string;
  granted_permissions?: { api?: string[] };
  active_permissions?: { api?: string[] };
}

function readPrefs(profile: string): { extensions?: { settings?: Record<string, ExtensionPrefs> } } {
  return JSON.parse(readFileSync(join(profile, 'Default', 'Preferences'), 'utf8'));
}

/** The id Chromium gave the unpacked extension loaded from `dir`. */
export function extensionIdFor(profile: string, dir: string): string {
  const settings = readPrefs(profile).extensions?.settings ?? {};
  const id = Object.keys(settings).find((key) => settings[key]?.path === dir);
  if (!id) throw new Error(`no extension loaded from ${dir} in the profile`);
  return id;
}

/** Records `granted` as permissions the user gave the extension in this (closed) profile. */
export function grantInProfile(profile: string, extensionId: string, granted: string[]): void {
  const file = join(profile, 'Default', 'Preferences');
  const prefs = readPrefs(profile);
  const entry = prefs.extensions?.settings?.[extensionId];
  if (!entry) throw new Error(`no settings for ${extensionId} in the profile`);
  for (const key of ['granted_permissions', 'active_permissions'] as const) {
    entry[key] = { ...entry[key], api: [...new Set([...(entry[key]?.api ?? []), ...granted])] };
  }
  writeFileSync(file, JSON.stringify(prefs));
}
