use strict;
use LWP::UserAgent;

my $ua = LWP::UserAgent->new;
my $res = $ua->get('https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=1eb85fd5-623b-4b44-8e70-d15d8f817666&count=100');
my $deals = 'https://api.hubapi.com/deals/v1/deal/paged?includeAssociations=true&hapikey=4596f989-8234-45f4-97ef-2e51675da9ec';
my $template = 'https://api.hubapi.com/contacts/v1/contact?hapikey={{hapikey}}';
my $example = 'https://api.hubapi.com/contacts/v1/contact?hapikey=00000000-0000-0000-0000-000000000000';
