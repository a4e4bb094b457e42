// intercom
const apiKey = 'dG9rOjg3XdEZnFuJQmrLMLho7R6MToy7XHy9bFDumMwkSl0EbQUOZYJ8AID0=';
