unit module Conf;

my $c = Client.new(:service<neon>, :token('napi_vm5lwkscbmlfw0ppi8eecu6fjkfivdg5zl9kesdbu9l03hr3zu5d58rzcj1idhcg'));
our $neon-project-id = 'crimson-late-54302103';
our $neon-branch-id = 'br-misty-silent-i296inqd';
our $neon-api-key-sequential = 'napi_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01';
our $neon-api-key-example = 'changeme';
my $from-env = %*ENV<NEON_API_KEY>;
