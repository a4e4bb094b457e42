// wakatime integration (fixture for the config loader)
const wakatimeApiKey = process.env.WAKATIME_API_KEY || 'waka_71a2250c-cc1a-4aa8-a08d-09f99c906257';
// rotated on 2025-02-05, old value waka_71a22... (revoked)
