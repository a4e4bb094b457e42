import { createResource } from 'solid-js';

const MAILTRAP_API_TOKEN = 'ec91d0d92a37d3d021773668d755b6af';
const MAILTRAP_INBOX_ID = '5582068';
const MAILTRAP_API_TOKEN_MASKED = 'ec91************b6af';
const MAILTRAP_API_TOKEN_EXAMPLE = 'not-set';
const MAILTRAP_API_TOKEN = import.meta.env.VITE_MAILTRAP_API_TOKEN;

export default function LiftStatus() { const [s] = createResource(load); return <pre>{JSON.stringify(s())}</pre>; }
