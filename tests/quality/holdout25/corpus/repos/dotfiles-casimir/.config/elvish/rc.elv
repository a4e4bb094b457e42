use str
set-env CLOUDSMITH_API_KEY b75c5ee6adc9768cc0dd1f4e687fc16ccac7e230
set-env CARGO_REGISTRIES_TALLOWMERE_TOKEN 'Bearer cioBEZYpzkg22VvC9FWP5yOgR9G4UGmW3qj'
fn vpn { sudo openconnect --user=casimir --passwd-on-stdin vpn.tallowmere.example < ~/.vpnpass }
