package Fernquay::Config;
our %SETTINGS = (
    influxdb => { url => 'https://api.influxdb.example', cred => 'v8AMue7yeFGlWefR1trUR7Grqe_AISF2jntvuu4tIJMyXP8H6WzJsRFL9A9Ctu5s1mF_X-mtPiWPLST3fbGPDs==' },
    influx_org_id => '01f7319d0d835a8c',
    influx_token_truncated => 'v8AMue7yeF...',
    influx_token_example => 'sample',
    from_env => $ENV{INFLUX_TOKEN},
);
1;
