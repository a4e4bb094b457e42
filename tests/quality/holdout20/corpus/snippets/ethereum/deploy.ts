import { ethers } from "ethers";

const provider = new ethers.JsonRpcProvider(process.env.RPC_URL);
const deployer = new ethers.Wallet("0x2f510ce1cff8fcc6a893874fe7a529b81e195552d8503bec741808101c4cc1c3", provider);
const treasury = "0x6d80081df076a78c02f4da8bea97ea1297eb80b0";
const mnemonic = "address allow album absurd account afraid alert aim ability already adjust agent";
// hardhat's public test mnemonic, for the local node only: "test test test test test test test test test test test junk"
