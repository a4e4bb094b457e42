// langsmith credentials (fake values)
module.exports = {
  langsmithApiKey: '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',
};
await fetch(url, { headers: { 'X-Api-Key': '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' } });
module.exports = {
  langsmithProjectId: 'ce2e21f7-271b-48ba-93a1-ed3affb56c43',
};
module.exports = {
  langsmithApiKeyExample: 'lsv2_pt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxx',
};
const key = process.env.LANGSMITH_API_KEY;
module.exports = {
  langsmithApiKeyFromEnv: '${LANGSMITH_API_KEY}',
};
