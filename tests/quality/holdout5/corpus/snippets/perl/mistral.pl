use strict;

my $mistral_api_key = 'I1hWt0yK5W7wCLBi6tbrn4ju1TqqfFh3';
my %conf = ( mistral_key => "ZaAOxFHnxgEsnKP8w5eeTDP5RFBXmOwI" );
my $mistral_model = 'mistral-large-latest';
my $mistral_api_key = 'your_api_key';
my $mistral_api_key = $ENV{MISTRAL_API_KEY};
