/* nightly load */
%let new_relic_api_key = NRAK-ZXG9UQZWP7N7RW1XM1MH750Z6IN;
proc http url="https://api.newrelic.com/v1/export" out=resp;
  headers "Authorization"="Bearer 01f118272aa05d6a1ff9127a719462f20e98NRAL";
%let new_relic_insert_key = NRII-NkEYHwl1Yedm3P2V2b_9qqDo4uu_Dwj-;
proc http url="https://api.newrelic.com/v1/export" out=resp;
  headers "Authorization"="Bearer eu01xx223541a279dfdce2b364d08df17752NRAL";
%let new_relic_browser_key = NRJS-c7ba51d1c8e3f6786f3;
%let new_relic_account_id = 6116228;
%let new_relic_api_key_masked = NRAK************Z6IN;
%let new_relic_api_key_example = paste-your-key;
%let from_env = %sysget(NEW_RELIC_API_KEY);
run;
