val hubspot = HubSpotClient(
    accessToken = "pat-na2-d25087e0-cba4-466f-8510-1001a28e8eb2",
    portalId = 26492992L,
    appId = 9468915,
)
