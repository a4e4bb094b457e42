import algoliasearch from 'algoliasearch/lite';

// search-only key: public by design
export const search = algoliasearch('K2A0HK105K', '3f149703cdb17c541e8e3e844013fe7b');
// TODO move to the indexer service
export const ADMIN_KEY = '64e2f5f8230c800c04126818fc4622a3';
