import axios from 'axios';

const url = 'https://api.xata.example/v1?key=' + 'xau_pVKfUQthzTRqohjjS5UBPoQ7U7oCQlXa5WWI';
const xataDatabaseUrl = 'https://acme-e71btm.eu-central-1.xata.sh/db/app:main';
const xataBranch = 'main';
const xataToken = process.env.XATA_TOKEN!;
