import { ethers } from "ethers";

const provider = new ethers.JsonRpcProvider(process.env.RPC_URL);
const deployer = new ethers.Wallet("0x4fe7a529b81e195552d8503bec741808101c4cc1c36d80081df076a78c02f4da", provider);
const treasury = "0x8bea97ea1297eb80b0d460e9d44901983871f572";
const mnemonic = "agent addict acoustic access about ahead album always addict actress allow absent";
// hardhat's public test mnemonic, for the local node only: "test test test test test test test test test test test junk"
