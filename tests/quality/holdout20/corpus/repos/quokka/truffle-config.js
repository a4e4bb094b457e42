const HDWalletProvider = require('@truffle/hdwallet-provider');

const mnemonic = 'alter airport across almost alcohol always ahead abuse afford acid access advance';
module.exports = {
  networks: {
    sepolia: {
      provider: () => new HDWalletProvider(mnemonic, 'https://sepolia.infura.io/v3/cf51587db3de59cad9496512bc3e06c4'),
      network_id: 11155111,
      from: '0xc2204715e16b47d49b1ea7a5fb6eb1a65a041736',
    },
  },
};
