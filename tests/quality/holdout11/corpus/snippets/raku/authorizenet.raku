# authorizenet credentials (fake values)
my $authorize-transaction-key = 'dyF2LtEUu4qebcwu';
%*ENV<AUTHORIZE_TRANSACTION_KEY_2> = '5xKtq0Q4lPEyNv95';
my $authorizenet-api-login-id = 'xbKT8nXeOd';
my $authorize-transaction-key-masked = 'dyF2Lt...bcwu';
my $key = %*ENV<AUTHORIZE_TRANSACTION_KEY>;
my $authorize-transaction-key-from-env = '${AUTHORIZE_TRANSACTION_KEY}';
