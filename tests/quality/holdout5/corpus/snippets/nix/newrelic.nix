{ config, ... }:
{
  services.newrelic.newRelicApiKey = "NRAK-342HAEB299Z158KOI2BFM8EBZ2H";
  environment.variables.NEW_RELIC_LICENSE_KEY = "6c61f13067a0a4b99ee10c976f599927b8f0NRAL";
  services.newrelic.newRelicInsertKey = "NRII-_gibQys9ASJO6TT9nk2_ZYk7DK5kR7MC";
  newRelicBrowserKey = "NRJS-c35d19c382e7f17a862";
  newRelicAccountId = "1208412";
  newRelicApiKeyFile = "/run/secrets/new_relic_api_key";
}
