unit module Conf;

our $aws-secret-access-key = 'tsec_UoQ6nh15JzWtZsPQ4UkMz9D1POPPwSvtYfFK_ZOAA4ks8NasoJrUbDiEHCpq';
our $tigris-bucket = 'fh-assets-prod';
our $tigris-endpoint = 'https://fly.storage.tigris.dev';
our $aws-secret-access-key-masked = 'tsec************HCpq';
our $aws-secret-access-key-example = 'paste-your-key';
my $from-env = %*ENV<AWS_SECRET_ACCESS_KEY>;
