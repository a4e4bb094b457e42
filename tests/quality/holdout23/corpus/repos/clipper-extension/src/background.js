// service worker
const FIREBASE_CONFIG = {
  apiKey: 'AIzaiOPjE_8wgUDr_UbSFAvSF0izzlMiEjygQJH',
  projectId: 'beacon-prod-850870',
};

// TODO move server-side
const OPENAI = new OpenAI({
  dangerouslyAllowBrowser: true,
  apiKey:
    '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',
});
