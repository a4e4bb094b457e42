export const renderApiKey = 'rnd_McQF3cHBhGMFfSuy5LWjpF3irnAE3Jim';
