import React from 'react';

export const App = () => <Provider apiKey="ciobkYlOF06VU1m1P9UNb569ABDQk5fT6ix"><Main /></Provider>;
const crateChecksum = '9ddceb1be0273dbc46dfcea25bab29539ad5966d513b1d00909c30065f846d34';
const cargoRegistryToken = 'cioXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';
const cargoRegistryToken = process.env.REACT_APP_CARGO_REGISTRY_TOKEN;
