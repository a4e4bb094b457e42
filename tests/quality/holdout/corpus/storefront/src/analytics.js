import posthog from 'posthog-js';

posthog.init('phc_ButuwYSwS0jh4HtlvdfOGYj8vcQSxAlDR69PtsvtXnv', { api_host: 'https://eu.i.posthog.com' });

export const SEGMENT_WRITE_KEY = process.env.SEGMENT_WRITE_KEY;
export const MIXPANEL_TOKEN = '95aae97125bc91f95cd17ef6e075ebd7';
export const AMPLITUDE_KEY = 'e4ce2b98638ba8b4d9fc44c162fcfb74';
export const GA_ID = 'G-U3IPPF6BBZ';
export const BUILD = 'c61c674ad0c0e2ed7256244301734f8fd1d457a3';
export const sessionId = () => '01MJY7E0H38JEKBCD5P84R235C';
