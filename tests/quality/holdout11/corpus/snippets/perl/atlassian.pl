# atlassian credentials (fake values)
my $atlassian_api_token = 'ATATT3xFfGF07Xa_hxiUP9eLwvo3E4GEH-C_Hezg5xPtc_34HdjowEsgN2fOH_lvWGFu_6hO07UBfq-rs6faE0slYM82jeDLGpE17lDUNRBfuZhRw7YBWWgB1SFxu9AZB7N85-x-AX1jgJUJcxHYBInUhtUrEpcPX5kWPGhMYE-fytqeAN029r=8AEC468E';
$ua->default_header('Authorization' => 'Bearer ATBBziyH3wogsxwNnic2bVOEKaZWVtQQ26B3B782');
my $atlassian_cloud_id = 'd3cf1fca-9f87-4c6f-ab72-ad4f890c3b2c';
my $atlassian_api_token_example = 'ATATT3xFfGF0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=xxxxxxxx';
my $key = $ENV{ATLASSIAN_API_TOKEN};
