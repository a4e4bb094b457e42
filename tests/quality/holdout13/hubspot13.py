"""HubSpot in depth (from /work/shared/design/hubspot-credentials.md), written blind."""
import formats13 as F

HUBLETS = [("na1", "CiRuYTEt"), ("eu1", "CiRldTEt"), ("na2", "CiRuYTIt"), ("ap1", "CiRhcDEt")]


def pak(rng, i):
    return F.expand([HUBLETS[i % 4][1], (F.URL, 99)], rng)


def pat(rng, i):
    return "pat-%s-%s" % (HUBLETS[i % 4][0], F.uuid(rng))


def build(Doc, rng):
    docs = []
    for i in range(10):
        portal = F.expand([("123456789", 1), ("0123456789", 7)], rng)
        form = F.uuid(rng)
        kind = i % 5
        if kind == 0:
            d = Doc("repos/hubspot/theme-%d/hubspot.config.yml" % i, "repos", "hubspot-config-yml")
            text = ("defaultPortal: acme-prod\nportals:\n  - name: acme-prod\n    portalId: %s\n    env: prod\n"
                    "    authType: personalaccesskey\n    personalAccessKey: >-\n      %s\n    auth:\n      tokenInfo:\n"
                    "        expiresAt: '2026-11-30T18:00:00.000Z'\n") % (d.dec("hubspot", "portal-id", portal), d.pos("hubspot", "personal-access-key", pak(rng, i)))
        elif kind == 1:
            d = Doc("repos/hubspot/crm-sync-%d/.env" % i, "repos", "dotenv")
            text = ("HUBSPOT_ACCOUNT_ID=%s\nHUBSPOT_ACCESS_TOKEN=%s\nHUBSPOT_FORM_ID=%s\nLOG_LEVEL=info\n") % (
                d.dec("hubspot", "portal-id", portal), d.pos("hubspot", "private-app-token", pat(rng, i)), d.dec("hubspot", "form-guid", form))
        elif kind == 2:
            d = Doc("repos/hubspot/landing-%d/index.html" % i, "repos", "html-embed")
            text = ('<!doctype html>\n<html><body>\n<script charset="utf-8" src="//js.hsforms.net/forms/embed/v2.js"></script>\n'
                    "<script>\n  hbspt.forms.create({ region: 'na1', portalId: '%s', formId: '%s' });\n</script>\n</body></html>\n") % (
                d.dec("hubspot", "portal-id", portal), d.dec("hubspot", "form-guid", form))
        elif kind == 3:
            d = Doc("repos/hubspot/legacy-export-%d/export.py" % i, "repos", "python-url-query")
            key = F.uuid(rng)
            text = ('import requests\n\n# TODO: move to private app before the API key sunset\nURL = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=%s&count=100"\n'
                    "\n\ndef fetch():\n    return requests.get(URL, timeout=30).json()\n") % d.pos("hubspot", "legacy-api-key", key)
        else:
            d = Doc("repos/hubspot/app-%d/src/app/app.json" % i, "repos", "json-dev-app")
            text = ('{\n  "name": "Acme CRM card",\n  "uid": "acme_crm_card",\n  "auth": { "type": "oauth", "redirectUrls": ["http://localhost:3000/oauth-callback"] },\n'
                    '  "clientId": "%s",\n  "developerApiKey": "%s",\n  "support": { "email": "dev@acme.example" }\n}\n') % (
                d.dec("hubspot", "client-id", F.uuid(rng)), d.pos("hubspot", "developer-api-key", F.uuid(rng)))
        docs.append((d, text))
    return docs
