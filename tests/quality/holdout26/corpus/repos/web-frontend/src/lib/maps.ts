// venue pages: public token is fine in the bundle, the secret one is only for the tile upload script
export const MAPBOX_PUBLIC = 'pk.eyJ1IjoibWFycm93Z2F0ZSIsImEiOiJjam52eHRiamVhNDNxa28yMjY1MTlwOG44In0.nm94Xa7ZjJ6ESS6lBEtykL';
export const MAPBOX_UPLOAD = 'sk.eyJ1IjoibWFycm93Z2F0ZSIsImEiOiJiaTM5ZzVjNmFybXNvZnZyMnJxN3cwZjJkIn0.MieNkE9HOj4Vd5tboprc30';
