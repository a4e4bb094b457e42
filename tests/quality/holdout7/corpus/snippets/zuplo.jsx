import React from 'react';

export const Widget = () => <Client token={'zpka_d874de49e391a4bdacc64abea0eef602_41eda6dd'} />;
const zuploBucket = 'zprj-v71xn37bx6w85o0397gp';
const zuploApiKey = 'zpka_YOUR_KEY';
const zuploToken = process.env.REACT_APP_ZUPLO_TOKEN;
