from hubspot import HubSpot

api = HubSpot(access_token="pat-eu1-e756954d-9c54-42bb-b38f-b26ab64e3fac")


def refresh():
    return api.oauth.tokens_api.create(
        "refresh_token",
        None,
        None,
        "1097d3ac-36bb-4558-95d8-4ec38b0d438b",
        "bcf894cb-0621-42f8-97d2-2787ad3d0c30",
        "b923f91d-23bd-4d47-9612-b171c835aacb",
    )
