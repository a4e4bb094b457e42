// cratesio credentials (fake values)
module.exports = {
  cargoRegistryToken: 'cio3S7UoDehGgokp0AF2PFxmxeloMMpifSG',
};
await fetch(url, { headers: { 'X-Api-Key': 'cioMHNX1MY4YBApPx6AYxhPqwDwJ2rZSRj1' } });
module.exports = {
  cratesioChecksum: '9c18ca359c3428f732bf69d89f06af603d2207eefaa1deb84b34a25325d59a99',
};
module.exports = {
  cargoRegistryTokenExample: 'cioxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
};
const key = process.env.CARGO_REGISTRY_TOKEN;
