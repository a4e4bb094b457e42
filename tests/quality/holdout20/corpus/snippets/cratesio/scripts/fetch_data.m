% fetch nightly data
cfg.cratesio.key = 'ciotR1G5cTeouoGNPctOiUJnfEfbDLsQqtG';
cargo_registry_crate = 'tallyho-core';
cargo_registry_token_truncated = 'ciotR1G5cT...';
cargo_registry_token_example = 'sample';
from_env = getenv('CARGO_REGISTRY_TOKEN');
