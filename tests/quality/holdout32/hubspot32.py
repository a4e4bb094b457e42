"""holdout32 HubSpot files (repos/crm/hubspot/), per /work/shared/design/hubspot-credentials.md:
personal access keys (protobuf `CiR…`, folded `>-` and plain), OAuth access and refresh tokens,
`pat-<hublet>-<uuid>` private app tokens, developer and legacy API keys, client secret, SMTP
password; decoys: portal ids, form GUIDs, client ids, the all-zero docs sample, a masked token,
a deactivated legacy key."""

HUB = [
 ("repos/crm/hubspot/newsroom-theme/hubspot.config.yml", "hubspot", """defaultPortal: nmh-prod
portals:
  - name: nmh-prod
    portalId: «D hubspot portal_id dig=8»
    env: prod
    authType: personalaccesskey
    personalAccessKey: >-
      «P hubspot personal_access_key pak-eu1»
    auth:
      tokenInfo:
        accessToken: >-
          «P hubspot oauth_access_token oauth»
        expiresAt: '2026-11-30T09:12:44.101Z'
  - name: nmh-sandbox
    portalId: «D hubspot portal_id dig=8»
    authType: personalaccesskey
    personalAccessKey: «P hubspot personal_access_key pak-na1»
"""),
 ("repos/crm/hubspot/home/.hscli/config.yml", "hubspot", """defaultAccount: nmh-events
accounts:
  - name: nmh-events
    accountId: «D hubspot account_id dig=9»
    authType: oauth2
    auth:
      clientId: «D hubspot client_id uuid»
      clientSecret: «P hubspot client_secret uuid»
      tokenInfo:
        refreshToken: «P hubspot refresh_token hubrefresh-eu1»
        accessToken: «P hubspot oauth_access_token oauth»
"""),
 ("repos/crm/hubspot/subs-sync/.env", "hubspot", """HUBSPOT_ACCESS_TOKEN=«P hubspot private_app_token 'pat-eu1-+uuid»
HUBSPOT_PERSONAL_ACCESS_KEY=«P hubspot personal_access_key pak-eu1»
HUBSPOT_DEVELOPER_API_KEY=«P hubspot developer_api_key uuid»
HUBSPOT_REFRESH_TOKEN=«P hubspot refresh_token uuid»
HUBSPOT_PORTAL_ID=«D hubspot portal_id dig=8»
"""),
 ("repos/crm/hubspot/subs-sync/sync.py", "hubspot", """from hubspot import HubSpot

# private app "subscriber sync" (eu1)
client = HubSpot(access_token="«P hubspot private_app_token 'pat-eu1-+uuid»")
FORM_ID = "«D hubspot form_guid uuid»"
LEGACY = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?count=100&hapikey=«P hubspot legacy_api_key uuid»"
# deactivated 2023, kept for the audit trail: «D hubspot deactivated_legacy_key uuid»
"""),
 ("repos/crm/hubspot/events-site/forms.js", "hubspot", """hbspt.forms.create({
  region: "eu1",
  portalId: "«D hubspot portal_id dig=8»",
  formId: "«D hubspot form_guid uuid»"
});
// server side only
const developerApiKey = "«P hubspot developer_api_key hubrefresh-eu1»";
const docsSample = "«D hubspot doc_sample 'pat-na1-00000000-0000-0000-0000-000000000000»";
"""),
 ("repos/crm/hubspot/.github/workflows/sync.yml", "hubspot", """jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - run: >-
          curl -s -H "Authorization: Bearer «P hubspot private_app_token 'pat-na1-+uuid»"
          https://api.hubapi.com/crm/v3/objects/contacts?limit=1
      - run: echo ${{ secrets.HUBSPOT_TOKEN }}
"""),
 ("repos/crm/hubspot/notes/handover.md", "hubspot", """# HubSpot handover (marketing ops)

* The newsletter private app token is «P hubspot private_app_token 'pat-eu1-+uuid» - rotate when Sam leaves.
* Old token «D hubspot masked_token 'pat-eu1-****************************+hex=4» was deleted.
* Transactional SMTP: user «D hubspot smtp_username lo=10+'@+dig=8+'.smtp.hubspot.net», password «P hubspot smtp_password an=32»
* Webhooks app: https://api.hubapi.com/webhooks/v3/«D hubspot app_id dig=7»/settings?hapikey=«P hubspot developer_api_key hubrefresh-eu1»
"""),
 ("repos/crm/hubspot/logs/token-refresh.log", "hubspot", """2026-11-30T09:12:44Z INFO refreshed {"access_token":"«P hubspot oauth_access_token oauth»","refresh_token":"«P hubspot refresh_token hubrefresh-eu1»","expires_in":1800}
2026-11-30T09:12:45Z INFO correlationId=«D hubspot correlation_id uuid»
"""),
 ("repos/crm/hubspot/archived.hubspot.config.yml", "hubspot", """defaultPortal: old-prod
portals:
  - name: old-prod
    portalId: «D hubspot portal_id dig=7»
    authType: apikey
    apiKey: «P hubspot legacy_api_key uuid»
"""),
]
