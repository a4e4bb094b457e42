% fetch nightly data
cfg.cratesio.key = 'cioWfglTiMIcueoTHtUBJ4ESAyD12ewIMLh';
cargo_registry_crate = 'tallyho-core';
cargo_registry_token_truncated = 'cioWfglTiM...';
cargo_registry_token_example = 'sample';
from_env = getenv('CARGO_REGISTRY_TOKEN');
