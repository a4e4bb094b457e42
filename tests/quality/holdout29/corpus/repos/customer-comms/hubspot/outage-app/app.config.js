module.exports = {
  appId: 3032988,
  developerApiKey: "a52e4f46-cff5-4576-b08c-a0ba43b55963",
  clientId: "16c723af-706c-42d6-886b-8c08487fe6f7",
  clientSecret: "e9412d10-268e-4e40-8378-91e9329879b1",
  redirectUri: "https://outage.kvwater.co.uk/oauth/callback",
};
