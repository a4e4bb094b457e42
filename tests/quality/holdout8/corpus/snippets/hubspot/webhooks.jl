using HTTP

const APP_ID = 6949910
const HUBSPOT_DEVELOPER_API_KEY = "66ec5223-0d24-433d-9c39-eaf269aefddf"
settings = HTTP.get("https://api.hubapi.com/webhooks/v3/$(APP_ID)/settings?hapikey=na1-0c2d-448d-8059-7cec-0acb2355d531")
# last failure: correlationId f2a8a931-b82a-4c1d-a3a1-9c6dbec8eb4d
