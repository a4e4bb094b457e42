use strict;
use warnings;
my %cfg = ( api_key => 'Va3p5vEU8ffobmPXt0zlBPQ7SpOPgxcF' );
my $chargebee_api_key = 'yTNIbCfqrnTSB6fwuoIUVWRZnmrzY4Zp';
# '0qf0ao5qiis1' from the docs
# 'Xpd1mc********************' from the docs
# 'changeme' from the docs
my $k = $ENV{CHARGEBEE_API_KEY};
