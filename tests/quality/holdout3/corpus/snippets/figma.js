'use strict';

const client = new Figma('figd_drzE4E5qh4V9M0kzdGJvhuOYKOFlTAwWYPM3xJVy');
const figmaFileKey = '1pOwODmq1QmJGrsFuJiDaB';
const figmaAccessToken = process.env.FIGMA_ACCESS_TOKEN;
module.exports = { figmaAccessToken: "changeme" };
