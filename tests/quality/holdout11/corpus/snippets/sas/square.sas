* square credentials (fake values)
%let square_access_token = EAAAGzuqG7UcWDp7RV6Ux-nqeaOFpdxsg0I2vfWZkVn3fFmwQazJfzwYE_DoZSdd;
proc http url="https://api.square.example/v1" method="GET";
  headers "Authorization"="Bearer sq0csp-Thg7KrTbJ-ZEUaBZ9JLQsud2Gydy6Upt4lnKku_X5Ca";
run;
%let square_application_id = sq0idp-46B0ilfn3RNxoRZ02nG0ef;
%let square_access_token_example = EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;
%let key = %sysget(SQUARE_ACCESS_TOKEN);
%let square_access_token_from_env = ${SQUARE_ACCESS_TOKEN};
