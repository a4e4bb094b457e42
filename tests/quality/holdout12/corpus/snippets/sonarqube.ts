
class Client { private readonly key = 'squ_21ddf657bf4797b89a351e5d895b83489adcb58f'; }
export const cfg = { sonarToken: 'sqp_430c2df9cbcc4e8af755828373216b92c0857acd' } satisfies Config;
const example = 'rajbj:qigcuno';
const example = 'changeme';
const sonarToken = process.env['SONAR_TOKEN'];
