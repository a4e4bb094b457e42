# atlassian credentials (fake values)
my $atlassian_api_token = 'ATATT3xFfGF0UP9eLwvo3E4GEH-C_Hezg5xPtc_34HdjowEsgN2fOH_lvWGFu_6hO07UBfq-rs6faE0slYM82jeDLGpE17lDUNRBfuZhRw7YBWWgB1SFxu9AZB7N85-x-AX1jgJUJcxHYBInUhtUrEpcPX5kWPGhMYE-fytqeAN029rHO5WsAJ=EC4CB739';
$ua->default_header('Authorization' => 'Bearer ATBBxwNnic2bVOEKaZWVtQQe62nJSwQhB782D3CF');
my $atlassian_cloud_id = '1fca9f87-5c6f-4b72-ad4f-890c3b2c81cf';
my $atlassian_api_token_example = 'ATATT3xFfGF0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=xxxxxxxx';
my $key = $ENV{ATLASSIAN_API_TOKEN};
