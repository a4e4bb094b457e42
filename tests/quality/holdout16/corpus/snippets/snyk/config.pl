use strict;
use warnings;

our $SNYK_TOKEN = '6175508f-d71f-4851-a880-a7af6a35a913';
our $SNYK_ORG_ID = 'eaa8a12c-6847-4ea5-bbce-a06a41c59758';
our $SNYK_TOKEN_MASKED = '6175****************************a913';
our $SNYK_TOKEN_EXAMPLE = 'REPLACE_ME_SNYK_TOKEN';
my $from_env = $ENV{'SNYK_TOKEN'};
1;
