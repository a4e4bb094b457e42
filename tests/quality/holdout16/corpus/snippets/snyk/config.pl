use strict;
use warnings;

our $SNYK_TOKEN = 'fd71f085-1988-4a7a-86a3-5a9138eaa8a1';
our $SNYK_ORG_ID = 'c68476ea-53bc-4a06-841c-59758d18b7f0';
our $SNYK_TOKEN_MASKED = 'fd71****************************a8a1';
our $SNYK_TOKEN_EXAMPLE = 'REPLACE_ME_SNYK_TOKEN';
my $from_env = $ENV{'SNYK_TOKEN'};
1;
