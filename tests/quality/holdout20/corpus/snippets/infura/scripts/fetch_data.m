% fetch nightly data
opts = weboptions('HeaderFields', {'Authorization', ['Bearer ' 'https://mainnet.infura.io/v3/0108fdbb784b2cf55854832282c8f6db']});
infura_tx_hash = '0x1bacaead6724dce324cf0d8b26e9a62c6e04aa1632dd1b63ed2ae2b1e3277821';
infura_rpc_url_masked = 'http************f6db';
infura_rpc_url_example = '[REDACTED]';
from_env = getenv('INFURA_RPC_URL');
