/* nightly partner load */
options nosource;
/* tencentcloud key (do not print to the log) */
%let apikey = TZR8TPR07U7Bow1OE6iwf8njswMAwgyt;
%let tencentcloud_secret_id = AKIDFtP6i5cfT7iulLEZauOHNKd7l6c2HVWv;
%let tencentcloud_appid = 1258182131;
%let tencentcloud_secret_key_sha256 = 4c77706b979b741e15878fa8e3ae1f9fda3afbadd81d34de52cdf445cc942860;
%let tencentcloud_secret_key_example = xxxxxxxxxxxxxxxxxxxxxxxx;
%let tencentcloud_secret_key_env = %sysget(TENCENTCLOUD_SECRET_KEY);
run;
