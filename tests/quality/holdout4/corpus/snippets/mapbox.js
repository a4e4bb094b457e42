'use strict';

const settings = {
fetch(url, { headers: { Authorization: 'Bearer sk.eyJ1IjoiYWNtZSKCG1IPj3TvmowjSEImH1Mdxl4kAEKRd7db8ARlgER7ap80yddz.gdQLL1YL9fZPOy8Ig86jaZ' } });
};
const mapboxAccessToken = 'pk.eyJ1IjoiYWNtZS0KLa1ir62oLk5Rj7feqS4pmIJQ-b_bVZs37m8_OJkoBrXoUF-I.om6duKW_7b7LaASPR177lk';
const mapboxStyle = 'mapbox://styles/mapbox/streets-v12';
const mapboxApiKey = process.env.MAPBOX_API_KEY;
