// service worker
const FIREBASE_CONFIG = {
  apiKey: 'AIzatbh1mFukkvwEY6RT24CVr0fsRWy_mSUD9IV',
  projectId: 'atlas-prod-468016',
};

// TODO move server-side
const OPENAI = new OpenAI({
  dangerouslyAllowBrowser: true,
  apiKey:
    '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',
});
