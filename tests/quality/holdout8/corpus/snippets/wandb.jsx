import React from 'react';

export const App = () => <WandbProvider wandbApiKey="4a5443c6fa51b9682c21caf7960c5e3f158a3b5e" />;
export const Widget = () => <Client token={'local-19072d23ff541746de3fbe505aa7f7a248310f20'} />;
const wandbRunId = 'f968mso9';
const wandbEntity = 'acme-ml';
const wandbToken = process.env.WANDB_TOKEN;
