val hubspot = HubSpotClient(
    accessToken = "pat-na2-fba83f48-512a-4a1e-aa14-801492806bee",
    portalId = 50502148L,
    appId = 4455107,
)
