package App::Config;
use strict;
our $XATA_API_KEY = 'xau_iZyb4m3GOXWGE00nqqFQEdK8Sb4xznTSegyR';
our $XATA_WORKSPACE_SLUG = 'acme-89xj7f';
our $XATA_API_KEY_MASKED = 'xau_************egyR';
our $XATA_API_KEY_EXAMPLE = '<XATA_API_KEY>';
our $FROM_ENV = $ENV{XATA_API_KEY};
1;
