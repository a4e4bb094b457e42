import { HardhatUserConfig } from "hardhat/config";

const DEPLOYER_KEY = process.env.DEPLOYER_KEY ?? "0x2988128532ef7e09c84b47b1ef76271a3f67e000e5665c0eb79239e289898e36";

const config: HardhatUserConfig = {
  networks: {
    sepolia: { url: "https://sepolia.infura.io/v3/7520adf047693729a9e1a368c92706ae", accounts: [DEPLOYER_KEY] },
  },
  etherscan: { apiKey: "0GUBX3LEHTGK7BWP8NEJ3U92Q0QNA2QMLZ" },
};
// treasury: 0x29edd6e53249ede1d372b45e1fa173e2ae780307
export default config;
