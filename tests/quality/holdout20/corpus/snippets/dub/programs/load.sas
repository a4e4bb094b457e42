/* nightly load */
%let dub_api_key = dub_mS7wKxuVz1KBHUK2BpR0AFKy;
%let dub_workspace_id = ws_iQixE4UJTZ9d5sCztftF9Cws;
%let dub_api_key_sha256 = 37b65cb11612da3f5b2b2536874ba2bc02f1b905b9557350614e509123176b8d;
%let dub_api_key_example = ************;
%let from_env = %sysget(DUB_API_KEY);
run;
