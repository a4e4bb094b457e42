import React from 'react';

export const App = () => <ContentfulProvider contentfulManagementToken="CFPAT-r8yB8efhbTA0zDpGCzuszYqbWxaNFcpqbToCM8aiPKV" />;
export const Widget = () => <Client token={'6X7pFDl2x5kUw2FUkslyTj7jlAzPL8tkVGIF-OuKISR'} />;
const contentfulSpaceId = 'mifwacu0izcz';
const contentfulEnvironment = 'master';
const contentfulToken = process.env.CONTENTFUL_TOKEN;
