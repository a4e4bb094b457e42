/* nightly load */
%let new_relic_api_key = NRAK-QYPZQS2XJF52YPP73GXQO5IRNF7;
proc http url="https://api.newrelic.com/v1/export" out=resp;
  headers "Authorization"="Bearer af280c9329c0d72de31c6cbc70c972608f07NRAL";
%let new_relic_insert_key = NRII-w3RorDtmSyGuP6j2oEvkyw8OQZqHgQXq;
proc http url="https://api.newrelic.com/v1/export" out=resp;
  headers "Authorization"="Bearer eu01xxbd2dd2fe2cb3a8cb768bdb6d63fdc4NRAL";
%let new_relic_browser_key = NRJS-601f118272aa05d6a1f;
%let new_relic_account_id = 9322381;
%let new_relic_api_key_masked = NRAK************RNF7;
%let new_relic_api_key_example = paste-your-key;
%let from_env = %sysget(NEW_RELIC_API_KEY);
run;
