// duffel credentials (fake values)
$config['duffel_access_token'] = 'duffel_live_7rXOIh4XicHmBvM62OAGTlj9mqCaqh_5_d5Ifa7oQw1';
putenv('DUFFEL_TEST_TOKEN=duffel_test_Qq0JKLSkYUAyaml-h8ugQXLIDkCcsdu_10VONy3n7dT');
$config['duffel_offer_id'] = 'off_MN3GdpSiouR21ZUmpsjG9F';
$config['duffel_access_token_example'] = 'duffel_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
$key = getenv('DUFFEL_ACCESS_TOKEN');
