/* nightly partner load */
options nosource;
/* tencentcloud key (do not print to the log) */
%let apikey = 63g5Tu7CG8b3HyZJG1rhTZR8TPR07U7B;
%let tencentcloud_secret_id = AKIDow1OE6iwf8njswMAwgytFtP6i5cfT7iu;
%let tencentcloud_appid = 1253051481;
%let tencentcloud_secret_key_sha256 = 6c3a4da0339ab947b6f6cc253c850e6e551b223cdeb4f3b58b56c131a0f416f3;
%let tencentcloud_secret_key_example = xxxxxxxxxxxxxxxxxxxxxxxx;
%let tencentcloud_secret_key_env = %sysget(TENCENTCLOUD_SECRET_KEY);
run;
