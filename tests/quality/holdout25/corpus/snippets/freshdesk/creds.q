/ kdb+ loader settings
.cfg.freshdeskApiKey:"l828eRaC8RDhnFYqpuse"
.cfg.freshdeskDomain:"oyster-support.freshdesk.com"
.cfg.freshdeskApiKeyMasked:"l828************puse"
.cfg.freshdeskApiKeyExample:"not-set"
.cfg.fromenv:getenv `FRESHDESK_API_KEY
