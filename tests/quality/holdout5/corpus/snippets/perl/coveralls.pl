use strict;

my $coveralls_repo_token = 'zJJwUMzxH1dTthedFEuntx1ag883ItQU';
my %conf = ( coveralls_token => "DGStBSj1hYuCa3cnYn6cOkZRkRKi3b77S16" );
my $coveralls_service_name = 'github';
my $coveralls_repo_token = '${{ secrets.COVERALLS_REPO_TOKEN }}';
my $coveralls_api_key = $ENV{COVERALLS_API_KEY};
