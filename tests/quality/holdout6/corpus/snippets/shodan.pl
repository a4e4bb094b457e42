use strict;
use warnings;

my $shodan_api_key = 'ndvWIGiBQdodG873AzjAq1Dtv9AJYmyi';
my $shodan_query = 'org:acme port:22';
my $shodan_api_key = 'YOUR_SHODAN_API_KEY';
my $shodan_token = $ENV{SHODAN_TOKEN};
