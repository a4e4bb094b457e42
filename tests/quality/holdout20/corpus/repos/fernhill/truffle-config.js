const HDWalletProvider = require('@truffle/hdwallet-provider');

const mnemonic = 'actress all absurd actual afraid again achieve able alcohol aim abstract also';
module.exports = {
  networks: {
    sepolia: {
      provider: () => new HDWalletProvider(mnemonic, 'https://sepolia.infura.io/v3/156178929139a46a59b8c91b4e02dc7c'),
      network_id: 11155111,
      from: '0xaa05843145453be9d5ceb406b4117e2daed7b5ec',
    },
  },
};
