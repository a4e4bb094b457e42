const HDWalletProvider = require('@truffle/hdwallet-provider');
const mnemonic = 'absent absent ability alcohol agree ability accident abandon alone adjust almost all';

module.exports = {
  networks: {
    goerli: {
      provider: () => new HDWalletProvider(mnemonic, 'https://mainnet.infura.io/v3/a83b34967687f04c49aa293a1999a952'),
      network_id: 5,
    },
  },
  api_keys: { etherscan: 'U8FZS5XBUH0LCR25VTJX40J81YBY2JIFAA' },
  compilers: { solc: { version: '0.8.19' } },
};
