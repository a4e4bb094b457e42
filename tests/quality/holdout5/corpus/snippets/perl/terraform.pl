use strict;

my $tfe_token = 'ZyJAfC3HuG0jsO.atlasv1.W0VRbosDp1ifIH5kast6Bg6E7OV8ennglfYMs65oKMUuANaxBirKqa4yE5-xnCppcvW';
my %conf = ( tf_token_app_terraform_io => "kynczV5OADNv9z.atlasv1.7euXWT9psJ3m-inam1euPIfOhKgbD5SHHzSre7S8cWFLm4dJKukp70dGza2JfcG8dZe" );
my $tfc_workspace_id = 'ws-Ar9Msh9wRxX1tUIs';
my $tfc_org = 'acme';
my $tfc_api_key = $ENV{TFC_API_KEY};
