# fixtures: every value here is a placeholder
HUBSPOT_ACCESS_TOKEN = "pat-na1-00000000-0000-0000-0000-000000000000"
REFRESH_TOKEN = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
PORTAL_ID = 07484761
REQUEST_ID = "9f20e928-3e11-4979-8526-98eccbcd5498"
