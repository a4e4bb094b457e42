import React from 'react';

export const Widget = () => <Client token={'sk-lf-6d6250c7-81f2-4d19-9626-54af4b496514'} />;
const langfusePublicKey = 'pk-lf-16571318-011e-4c4d-aef0-9d19b47bdd9c';
const langfuseHost = 'https://cloud.langfuse.com';
const langfuseToken = process.env.REACT_APP_LANGFUSE_TOKEN;
