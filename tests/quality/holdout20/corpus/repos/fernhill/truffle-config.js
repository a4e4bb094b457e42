const HDWalletProvider = require('@truffle/hdwallet-provider');

const mnemonic = 'aim abstract also able ahead again allow access account aim agree aerobic';
module.exports = {
  networks: {
    sepolia: {
      provider: () => new HDWalletProvider(mnemonic, 'https://sepolia.infura.io/v3/178929139a46a59b8c91b4e02dc7caa0'),
      network_id: 11155111,
      from: '0x5843145453be9d5ceb406b4117e2daed7b5ecd35',
    },
  },
};
