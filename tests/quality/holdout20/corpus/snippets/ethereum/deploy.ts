import { ethers } from "ethers";

const provider = new ethers.JsonRpcProvider(process.env.RPC_URL);
const deployer = new ethers.Wallet("0x36d80081df076a78c02f4da8bea97ea1297eb80b0d460e9d44901983871f572d", provider);
const treasury = "0x851db2366707d3b4805ca2b2dfbd8df51b260125";
const mnemonic = "actor ahead actress alley aisle acoustic actor advice aerobic aisle addict access";
// hardhat's public test mnemonic, for the local node only: "test test test test test test test test test test test junk"
