
export default { mailersendApiKey: 'mlsn.16ef29a54358a557f78817592ce63dfa1c7ef6853ac54fff8b3fa5a3bc34f9ac' };
const mailersendDomainId = '9lubun3hs3xx4m8';
const mailersendApiKey = 'mlsn.xxxxxxxx';
const mailersendToken = process.env.MAILERSEND_TOKEN;
