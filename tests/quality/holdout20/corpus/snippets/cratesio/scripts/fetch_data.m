% fetch nightly data
cfg.cratesio.key = 'cio7OLmbw1nJe3ErE5dp9tdMheU6PcMwzjQ';
cargo_registry_crate = 'tallyho-core';
cargo_registry_token_truncated = 'cio7OLmbw1...';
cargo_registry_token_example = 'sample';
from_env = getenv('CARGO_REGISTRY_TOKEN');
