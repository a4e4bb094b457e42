/* nightly partner load */
options nosource;
%let mailtrap_api_token = f64254a8bf86ff80095d4237dea995c6;
%let mailtrap_inbox_id = 6929095;
%let mailtrap_api_token_masked = f642************95c6;
%let mailtrap_api_token_example = changeme;
%let mailtrap_api_token_env = %sysget(MAILTRAP_API_TOKEN);
run;
