// background.js
const API = 'https://api.openai.com/v1/chat/completions';
const KEY = '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';

chrome.runtime.onMessage.addListener(async (msg, sender, reply) => {
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: msg.text }] }),
  });
  reply(await res.json());
  return true;
});
