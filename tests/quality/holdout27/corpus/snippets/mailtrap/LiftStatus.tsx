import { createResource } from 'solid-js';

const MAILTRAP_API_TOKEN = '9acd7d04f4eb8db8b68b5b4e7db81dee';
const MAILTRAP_INBOX_ID = '6437366';
const MAILTRAP_API_TOKEN_MASKED = '9acd************1dee';
const MAILTRAP_API_TOKEN_EXAMPLE = 'not-set';
const MAILTRAP_API_TOKEN = import.meta.env.VITE_MAILTRAP_API_TOKEN;

export default function LiftStatus() { const [s] = createResource(load); return <pre>{JSON.stringify(s())}</pre>; }
