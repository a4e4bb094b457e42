use strict;
use warnings;
my %cfg = ( api_key => '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' );
my $sendgrid_api_key = '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';
# 'd-65cbea302d5ad87e2f73bcd7cc6f609f' from the docs
# 'SG.thE********************' from the docs
# 'changeme' from the docs
my $k = $ENV{SENDGRID_API_KEY};
