require("@nomicfoundation/hardhat-toolbox");
require("dotenv").config();

const DEPLOYER_KEY = process.env.PRIVATE_KEY || "0x5202943d225363765b83d9646c22b92df992c5c69f524ebd6119a79b8438c9ff";

module.exports = {
  solidity: "0.8.24",
  networks: {
    mainnet: {
      url: "https://eth-mainnet.g.alchemy.com/v2/SPqSl5RVxrRQ8IYQ5vy8svOGzsPnEdaA",
      accounts: [DEPLOYER_KEY],
    },
    sepolia: {
      url: `https://mainnet.infura.io/v3/56c6120c6a815ba04f0516d13e33c915`,
      accounts: ["0x646c73fb2e82c7ffe7c9b1bfe4e51fbf99f959d1a9ea19a37eb04a837c6d58d4"],
    },
    hardhat: {
      accounts: { mnemonic: "test test test test test test test test test test test junk" },
    },
  },
  etherscan: { apiKey: "T0BJJVSJFNNOI3L09P3YOY2V2H4W0GV6LU" },
};
// token contract 0x040a671d241b00ce437b852f92b46001325f3a71
// deployment tx  0xf12467b0cd83523b0dba32b6d74932533df1cb2f5b22d84e39b7c41e1eb1a2a4
// hardhat account #0 (public test key): 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
