// plugin settings
// astra settings for the cold-chain integration
const string astraDbApplicationToken = "AstraCS:QlNHMWqjzPMsMcW2vjxIqzdu:bd233b73d6e86a2ef2b8a1d7f969c8601ac0d1aa963e2169df7b320149fb9180";
const string astraDbId = "4cb53906-9d9f-452a-a2bd-7688a6986cc0";
// rotated 2026-03, no longer valid: astraDbApplicationToken Astr************9180
const string astraDbApplicationTokenExample = "paste-your-key";
const string astraDbApplicationTokenFromEnv = "${ASTRA_DB_APPLICATION_TOKEN}";
void main() {}
