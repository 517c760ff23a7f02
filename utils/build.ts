declare const __ASK_ANYWAY_BUILD__: string | undefined;

/** Different for every build, so a snapshot written by an older build is never read. */
export const BUILD_ID: string = typeof __ASK_ANYWAY_BUILD__ === 'string' ? __ASK_ANYWAY_BUILD__ : 'unbuilt';
