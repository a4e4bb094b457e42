/* bucklescript config */
let blockfrostProjectId = "mainnet09f7Ezw2cvzOEi5WGDi6BlldAmTBttaR";
let blockfrostNetwork = "mainnet";
let blockfrostProjectIdMasked = "main************ttaR";
let blockfrostProjectIdExample = "YOUR_BLOCKFROST_PROJECT_ID_HERE";
let env = Js.Dict.get(Node.Process.process##env, "BLOCKFROST_PROJECT_ID");
