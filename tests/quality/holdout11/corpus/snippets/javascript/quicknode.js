// quicknode credentials (fake values)
module.exports = {
  quicknodeUrl: 'https://luswy3-0pll9-pd7p.quiknode.pro/5c4308e41601e305efa689cd5649d1c93e60727f/',
};
module.exports = {
  quicknodeUrl2: 'https://6iok6q-im01w-59vh.quiknode.pro/a69fb8caee8b9246754c71ba74ffce81b7142a5e/',
};
module.exports = {
  quicknodePublicRpc: 'https://cloudflare-eth.com',
};
module.exports = {
  quicknodeUrlExample: 'https://xxxxxx-xxxxx-xxxx.quiknode.pro/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/',
};
const key = process.env.QUICKNODE_URL;
