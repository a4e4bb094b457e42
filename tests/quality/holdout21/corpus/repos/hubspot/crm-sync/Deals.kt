val hubspot = HubSpotClient(
    accessToken = "pat-na2-a7a72aff-38d7-4cfe-b078-d3416c0a9cd9",
    portalId = 31126284L,
    appId = 3807681,
)
