# zulip credentials (fake values)
my $zulip-api-key = '9hjET4HEs0DvOmilILoyWZkMxJMgyegD';
%*ENV<ZULIP_API_KEY_2> = 'R5sB821Qj5dRiuMDMQ1H1DcZR6yhXCXx';
my $zulip-email = 'bot-bot@cp90zc.zulipchat.com';
my $zulip-api-key-masked = '9hjET4...yegD';
my $key = %*ENV<ZULIP_API_KEY>;
