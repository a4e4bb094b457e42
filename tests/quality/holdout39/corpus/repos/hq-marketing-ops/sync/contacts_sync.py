import requests

HEADERS = {"Authorization": "Bearer pat-eu1-befe6222-aca1-4abb-85a4-6d0957cb71ab", "Content-Type": "application/json"}


def upsert_candidate(email, props):
    return requests.post("https://api.hubapi.com/crm/v3/objects/contacts", headers=HEADERS,
                         json={"properties": {"email": email, **props}})
