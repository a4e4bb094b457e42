import { HardhatUserConfig } from "hardhat/config";

const DEPLOYER_KEY = process.env.DEPLOYER_KEY ?? "0x0eb7c51e0fe63c4a0e6a78c90a6bcd92c05471305fbc36b0b3e31ee55b827f15";

const config: HardhatUserConfig = {
  networks: {
    sepolia: { url: "https://sepolia.infura.io/v3/dba6cda5006515c844dbf8da7d5c7b8d", accounts: [DEPLOYER_KEY] },
  },
  etherscan: { apiKey: "6UCLQ7JKK2S8KAM3BVUG7ZSJ9QK73WQ5FY" },
};
// treasury: 0xfdcd33afd1a26fdf90e6bce43103d4ccfd94701d
export default config;
