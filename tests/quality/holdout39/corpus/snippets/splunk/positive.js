// splunk
const client = new Splunk({ apiKey: 'a162f5ab-376c-40a7-adae-ee06a6309d8b' });
