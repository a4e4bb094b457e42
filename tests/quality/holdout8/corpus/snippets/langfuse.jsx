import React from 'react';

export const App = () => <LangfuseProvider langfuseSecretKey="sk-lf-f964a200-986e-474b-b8af-a4e80a07516a" />;
export const Widget = () => <Client token={'sk-lf-808479bf-df25-48e4-b922-6cfd44cb575b'} />;
const langfusePublicKey = 'pk-lf-603debbf-5faa-4241-8a8a-b6df969fca43';
const langfuseHost = 'https://cloud.langfuse.com';
const langfuseToken = process.env.LANGFUSE_TOKEN;
