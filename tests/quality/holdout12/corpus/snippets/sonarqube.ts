
class Client { private readonly key = 'squ_ccc3ebef06152bda6b2dd362d815ec1bc6957925'; }
export const cfg = { sonarToken: 'sqp_c412267cb5fef962b30bac66892670cf5d177e9f' } satisfies Config;
const example = 'phjvi:ynpawju';
const example = 'changeme';
const sonarToken = process.env['SONAR_TOKEN'];
