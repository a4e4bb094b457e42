# authorizenet credentials (fake values)
my $authorize-transaction-key = 'EUu4qebcwu5xKtq0';
%*ENV<AUTHORIZE_TRANSACTION_KEY_2> = 'Q4lPEyNv95xbKT8n';
my $authorizenet-api-login-id = 'XeOdNIANAe';
my $authorize-transaction-key-masked = 'EUu4qe...Ktq0';
my $key = %*ENV<AUTHORIZE_TRANSACTION_KEY>;
my $authorize-transaction-key-from-env = '${AUTHORIZE_TRANSACTION_KEY}';
