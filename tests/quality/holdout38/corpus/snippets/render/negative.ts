export const renderServiceId = 'srv-yklcobqaqu42yhfym600';
export const renderApiKeyExample = 'rnd_0123456789abcdefghijklmnopqrstuv';
export const renderApiKeyStaging = 'changeme';
