/* nightly load */
%let new_relic_api_key = NRAK-A7ZSOFNA9Q4BOL1VHIOJGWMQKU3;
proc http url="https://api.newrelic.com/v1/export" out=resp;
  headers "Authorization"="Bearer 2d375265faac481ac4bd2dd2fe2cb3a8cb76NRAL";
%let new_relic_insert_key = NRII-IT3Vz2zp_0ZrAae-eeJkDjRPdx1AOe8_;
proc http url="https://api.newrelic.com/v1/export" out=resp;
  headers "Authorization"="Bearer eu01xx9127a719462f20e98927c852dc103dNRAL";
%let new_relic_browser_key = NRJS-adbd0ff4473e55f752f;
%let new_relic_account_id = 2326465;
%let new_relic_api_key_masked = NRAK************QKU3;
%let new_relic_api_key_example = paste-your-key;
%let from_env = %sysget(NEW_RELIC_API_KEY);
run;
