package Shop::Payment;
use strict;
use warnings;
use LWP::UserAgent;
use DBI;

my $dbh = DBI->connect('dbi:Pg:dbname=shop;host=db.internal', 'shop', '4ats2lZCeU7P4M', { RaiseError => 1 });
my $ua = LWP::UserAgent->new;
$ua->default_header('Authorization' => 'Bearer EAAAltPZXoGLlLvEOWYkq8V-PxyBgm7cDwZN0DTO45XYjR0Wd_lLLbodWFwnM1TN');
our $AUTHNET = { login => 'iTvYV80Wq', key => '9PSXPXemrlYWyp01' };
our $BRAINTREE_PUBLIC = 'lqpyhprzybvctaoh';
our $BRAINTREE_PRIVATE = 'c82666b593e9e2f0091a51521b953231';
1;
