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
