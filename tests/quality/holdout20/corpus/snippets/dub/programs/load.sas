/* nightly load */
%let dub_api_key = dub_ugEO9zxX0wrZx94EGdrqumlE;
%let dub_workspace_id = ws_f5WdXSQeaHbuO5EoplEYymS7;
%let dub_api_key_sha256 = 360bb7ef062548985009396962f41b73a44c00fe8114377fc5e9b94351c38d07;
%let dub_api_key_example = ************;
%let from_env = %sysget(DUB_API_KEY);
run;
