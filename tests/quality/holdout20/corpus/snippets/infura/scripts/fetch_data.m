% fetch nightly data
opts = weboptions('HeaderFields', {'Authorization', ['Bearer ' 'https://mainnet.infura.io/v3/bbacdd7dfc44bf19ec929feb90108fdb']});
infura_tx_hash = '0xb784b2cf55854832282c8f6db1bacaead6724dce324cf0d8b26e9a62c6e04aa1';
infura_rpc_url_masked = 'http************8fdb';
infura_rpc_url_example = '[REDACTED]';
from_env = getenv('INFURA_RPC_URL');
