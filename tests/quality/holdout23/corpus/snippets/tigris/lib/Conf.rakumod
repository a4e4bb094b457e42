unit module Conf;

our $aws-secret-access-key = 'tsec_9D1POPPwSvtYfFK_ZOAA4ks8NasoJrUbDiEHCpqlbv3QAExz7xshLkBUEbyI';
our $tigris-access-key-id = 'tid_BMdHA3wO2rdQYvaxogQbf32HkuJpUBcxCyP2s9rrYNL1YFlPg2';
our $tigris-endpoint = 'https://fly.storage.tigris.dev';
our $aws-secret-access-key-masked = 'tsec************EbyI';
our $aws-secret-access-key-example = 'paste-your-key';
my $from-env = %*ENV<AWS_SECRET_ACCESS_KEY>;
