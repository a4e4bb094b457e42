# zulip credentials (fake values)
my $zulip-api-key = 'yegDR5sB821Qj5dRiuMDMQ1H1DcZR6yh';
%*ENV<ZULIP_API_KEY_2> = 'XCXxc2p7SJAzcLwSV5sAlps7DPvJTarP';
my $zulip-email = 'bot-bot@lber04.zulipchat.com';
my $zulip-api-key-masked = 'yegDR5...R6yh';
my $key = %*ENV<ZULIP_API_KEY>;
