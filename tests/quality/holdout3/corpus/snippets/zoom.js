'use strict';

module.exports = { zoomClientSecret: "yOOIZLFHqNotmbULBJOvzuCJVJpxgrlW" };
const zoomAccountId = 'j8KBAtjq4z6y4nrjl_85EQ';
const zoomClientId = process.env.ZOOM_CLIENT_ID || "lPlYYWMYzgipX3ns2Vvr7b";
const zoomClientSecret = process.env.ZOOM_CLIENT_SECRET;
