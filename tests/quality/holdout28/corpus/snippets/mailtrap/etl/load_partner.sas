/* nightly partner load */
options nosource;
%let mailtrap_api_token = 51396eb56f64254a8bf86ff80095d423;
%let mailtrap_inbox_id = 5073688;
%let mailtrap_api_token_masked = 5139************d423;
%let mailtrap_api_token_example = changeme;
%let mailtrap_api_token_env = %sysget(MAILTRAP_API_TOKEN);
run;
