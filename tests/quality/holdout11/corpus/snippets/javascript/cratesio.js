// cratesio credentials (fake values)
module.exports = {
  cargoRegistryToken: 'ciokJHu3kMVqWpvRA3S7UoDehGgokp0AF2P',
};
await fetch(url, { headers: { 'X-Api-Key': 'cioFxmxeloMMpifSGMHNX1MY4YBApPx6AYx' } });
module.exports = {
  cratesioChecksum: '38beb849c18ca359c3428f732bf69d89f06af603d2207eefaa1deb84b34a2532',
};
module.exports = {
  cargoRegistryTokenExample: 'cioxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
};
const key = process.env.CARGO_REGISTRY_TOKEN;
