'use strict';

const settings = {
const fastlyApiToken = process.env.FASTLY_API_TOKEN || 'RYG8V7t01laBK6-mCQs_r4KSsxFPlCTd';
};
const fastlyServiceId = 'N87YteOB90SNEmPlo3ZwAx';
const fastlyApiToken = '$FASTLY_API_TOKEN';
const fastlyApiKey = process.env.FASTLY_API_KEY;
