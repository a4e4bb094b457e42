// duffel credentials (fake values)
$config['duffel_access_token'] = 'duffel_live_un47rXOIh4XicHmBvM62OAGTlj9mqCaqh_5_d5Ifa7o';
putenv('DUFFEL_TEST_TOKEN=duffel_test_Qw1Qq0JKLSkYUAyaml-h8ugQXLIDkCcsdu_10VONy3n');
$config['duffel_offer_id'] = 'off_DbwMN3GdpSiouR21ZUmpsj';
$config['duffel_access_token_example'] = 'duffel_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
$key = getenv('DUFFEL_ACCESS_TOKEN');
