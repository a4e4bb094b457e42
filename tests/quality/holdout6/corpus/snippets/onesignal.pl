use strict;
use warnings;

my %cfg = ( onesignal_rest_api_key => "os_v2_app_qy7e7lodkhrltatflekcc5tod4zf7abwzrhato3nrass34qcyfydkk4jstpgqe4cbmzoozvh2fgrwzqqourvibbjdu6buqc4oqnu3e2frzi5hpx44" );
my $onesignal_api_key = '1PQyZqxurXKU2PYC4iyKZq4FCY8ynKrC7TV9wKRgjK9+BJ00';
my $onesignal_app_id = '29133006-e7ef-471d-b326-5b75b0cc2923';
my $onesignal_safari_id = 'web.onesignal.auto.cfc75bf6-a761-4ce0-a15f-b7af130c852d';
my $onesignal_token = $ENV{ONESIGNAL_TOKEN};
