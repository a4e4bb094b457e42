use strict;
use warnings;
my %cfg = ( api_key => '5f9bbe6d5b4ddf0d5d8d1e59193ac5736512213c' );
my $openweathermap_api_key = 'a3eecfe0a7885237202368e01bca8c60aef88845';
# 'bfyt4t550zsn' from the docs
# 'd10a81********************' from the docs
# 'changeme' from the docs
my $k = $ENV{OPENWEATHERMAP_API_KEY};
