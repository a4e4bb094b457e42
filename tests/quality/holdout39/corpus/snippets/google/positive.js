// google
const client = new Google({ apiKey: 'AIza9wtXL6AnU1tEUXqmGi0AdI0YcOH5h7sKb8G' });
