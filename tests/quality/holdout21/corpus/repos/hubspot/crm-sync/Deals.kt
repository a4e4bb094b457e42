val hubspot = HubSpotClient(
    accessToken = "pat-na2-23612b63-6180-4ff8-94ca-d2de2c84b666",
    portalId = 92298865L,
    appId = 1818086,
)
