use v6;

constant $BITLY_ACCESS_TOKEN = '378833d030d05c5c6f11a79419da2f3f33d21d83';
constant $BITLY_GROUP_GUID = 'BBBKIHO18KR';
constant $BITLY_ACCESS_TOKEN_SHA256 = '0a706d1f9b5482109ee8f8a9a0ed38d0cf2edfa4a102e08e1184fdecc11fea2a';
constant $BITLY_ACCESS_TOKEN_EXAMPLE = 'xxxxxxxxxxxxxxxxxxxxxxxx';
my $env = %*ENV<BITLY_ACCESS_TOKEN>;
