const HDWalletProvider = require('@truffle/hdwallet-provider');

const mnemonic = 'address afford alien abstract accident alter airport across almost alcohol always ahead';
module.exports = {
  networks: {
    sepolia: {
      provider: () => new HDWalletProvider(mnemonic, 'https://sepolia.infura.io/v3/475fcf51587db3de59cad9496512bc3e'),
      network_id: 11155111,
      from: '0x06c4c2204715e16b47d49b1ea7a5fb6eb1a65a04',
    },
  },
};
