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
