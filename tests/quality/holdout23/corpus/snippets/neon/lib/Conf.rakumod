unit module Conf;

my $c = Client.new(:service<neon>, :token('napi_03hr3zu5d58rzcj1idhcg0oqqncifaod4i296inqd5ocx4cnwtg64r7w1olmn24y'));
our $neon-project-id = 'crimson-crimson-83171469';
our $neon-branch-id = 'br-quiet-royal-fb69nvru';
our $neon-api-key-sequential = 'napi_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01';
our $neon-api-key-example = 'changeme';
my $from-env = %*ENV<NEON_API_KEY>;
