package Fernquay::Config;
our %SETTINGS = (
    openweathermap => { url => 'https://api.openweathermap.example', cred => '1c57c03e34eca64d763a741aa7fb7311' },
    owm_city_id => '1948697',
    openweather_api_key_masked => '1c57************7311',
    openweather_api_key_example => 'changeme',
    from_env => $ENV{OPENWEATHER_API_KEY},
);
1;
