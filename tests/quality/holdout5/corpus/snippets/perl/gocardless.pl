use strict;

my %conf = ( gocardless_access_token => "live_GLdwZpJkKTnVU1USrnzfHg4_8NXIr3rX2uiftSpM" );
my $gc_access_token = 'sandbox_xjDRe4QKCivz-ote6JrYc9PxuPFhRkEF3NzgZG83';
my $gc_creditor = 'CRNQNVY9MICYJD';
my $gocardless_access_token = 'sandbox_xxx';
my $gocardless_api_key = $ENV{GOCARDLESS_API_KEY};
