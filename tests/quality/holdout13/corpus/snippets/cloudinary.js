'use strict';
const axios = require('axios');

axios.defaults.headers.common['Authorization'] = `Bearer uw4oVePVuPb0FXH4aE6U7P2qJ3ZjQzHN`;
const cloudinaryApiKey = 'ByP4z337LDfTBuuhVrHy48Awrp8sqZUa';
const cloudinaryApiKeyExample = '8fs4ztza5804'; // from the docs
const cloudinaryApiKeyExample = 'T9I0S0********************'; // from the docs
const cloudinaryApiKeyExample = '${CLOUDINARY_API_KEY}'; // from the docs
const cloudinaryApiKey = process.env.CLOUDINARY_API_KEY;
